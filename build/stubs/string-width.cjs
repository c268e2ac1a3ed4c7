// Stand-in for string-width inside cli-table3 only: spasm-info's own width function (SGR codes
// ignored, wide characters counted twice) instead of one that compiles a large emoji regex.
const { displayWidth } = require('../../src/text.ts');

module.exports = displayWidth;
module.exports.default = displayWidth;
