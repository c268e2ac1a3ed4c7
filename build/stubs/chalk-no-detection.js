// Stand-in for chalk's own colour detection (its vendored supports-color), inside chalk only.
// spasm-info decides colour itself (src/cli/terminal.ts) and makes its one Chalk with a level of its
// own (`new Chalk({ level: 1 })`, src/render/theme-color.ts), so chalk's detection is never read; it
// would still run when chalk is loaded, and it imports Node's tty module, which loads Node's net and
// stream modules (about 40 million instructions, 8% of `node -e 0`) in a terminal that spasm-info
// writes to without them (src/cli/fd-output.ts). With this, chalk's default instances have no colour.
export default { stdout: false, stderr: false };
// test/fd-output.test.ts fails if chalk's detection (or anything else) loads Node's net module in a terminal.
