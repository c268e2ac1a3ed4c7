// Preloaded (node -r) by the Ctrl-C test: says "parsing" on stderr when the CLI starts to parse a
// large corpus, so the test can signal the process while it is busy instead of guessing with a sleep.
'use strict';
const parse = JSON.parse;
let said = false;
JSON.parse = function (text, ...rest) {
  if (!said && typeof text === 'string' && text.length > 1_000_000) {
    said = true;
    process.stderr.write('parsing\n');
  }
  return parse.call(this, text, ...rest);
};
