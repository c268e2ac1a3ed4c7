// Stand-in for child_process inside commander only. Commander requires it when it is loaded, for
// executable subcommands (which spasm-info has none of), and loading it pulls in Node's net,
// stream and dgram modules. Commander is loaded (dist/program.cjs) for --help, completion and
// command lines the dispatch table does not read; there, measured with callgrind through a pipe
// (2 runs each, 2026-11-25): `--help` 571-573 M instructions with it and 587-588 M without,
// `completion bash` 565-572 M / 579-583 M, i.e. 12-16 M, about 3% of `node -e 0` (504 M); `list` and
// `search` do not load commander and are unchanged. It adds 102 bytes to dist/program.cjs. (Wall time
// cannot show a difference this size on a shared machine.) The real module is loaded on the first
// call instead. test/bundle.test.ts fails if it stops applying.
'use strict';
let real;
const load = () => (real ??= require('node:child_process'));
module.exports = { spawn: (...args) => load().spawn(...args) };
