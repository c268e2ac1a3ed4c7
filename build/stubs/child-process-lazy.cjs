// Stand-in for child_process inside commander only. Commander requires it when it is loaded, for
// executable subcommands (which spasm-info has none of), and loading it pulls in Node's net,
// stream and dgram modules. Measured with callgrind, output through a pipe (median of 3, 2026-11-25):
// `list` 561.8 M instructions with it and 574.1 M without, `--help` 569.6 M / 581.3 M, `search
// ibuprofen` 613.8 M / 628.8 M, i.e. 12-15 M, 2.5-3% of `node -e 0` (504 M); it adds 103 bytes to
// dist/cli.cjs. (Wall time cannot show a difference this size on a shared machine.) The real module
// is loaded on the first call instead. test/bundle.test.ts fails if it stops applying.
'use strict';
let real;
const load = () => (real ??= require('node:child_process'));
module.exports = { spawn: (...args) => load().spawn(...args) };
