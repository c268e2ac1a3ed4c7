// Stand-in for cli-table3 inside marked-terminal only: spasm-info draws tables itself, to the
// terminal's width (src/render/layout.ts), and replaces marked-terminal's table renderer, so cli-table3
// (with string-width and @colors/colors) is never used. Should that change, this fails loudly.
export default class Table {
  constructor() {
    throw new Error('cli-table3 is not bundled: tables are drawn by src/render/layout.ts');
  }
}
