// Stand-in for child_process inside commander only. Commander requires it when it is loaded, for
// executable subcommands (which spasm-info has none of), and loading it pulls in Node's net,
// stream and dgram modules: 12.7 million instructions, 2.5% of `node -e 0`, once the CLI writes a
// pipe without creating process.stdout (valgrind, `list` through a pipe). The real module is
// loaded on the first call instead.
'use strict';
let real;
const load = () => (real ??= require('node:child_process'));
module.exports = { spawn: (...args) => load().spawn(...args) };
