// Stand-in for chalk inside marked-terminal only: spasm-info passes its own style for every kind of
// text, so marked-terminal's default colours are never used; its chalk import would still detect the
// terminal's colour support at every start. Any chain of styles returns the text as it is.
const style = new Proxy(function identity(text) {
  return text;
}, {
  get: (target, key) => (key === 'level' ? 0 : style),
  apply: (target, self, args) => String(args[0] ?? ''),
});
export default style;
