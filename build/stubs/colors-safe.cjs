// Stand-in for @colors/colors inside cli-table3: table styles are empty (no coloured borders), so
// cli-table3 never colours anything; were it asked to, it falls back to plain text.
module.exports = {};
