// An esbuild plugin for the build (scripts/build.mjs): a module's regular expressions made at its
// top level (`const X = /…/` or `const X = new RegExp(…)`, not exported), and its Sets and Maps of
// constants (`const X = new Set(['a', 'b'])`), are made when first used instead of when the module
// loads. V8 parses a pattern as it makes the object, to check it, and again when it first runs it:
// at load, the search chunk's patterns cost `search ibuprofen` about 4.7 M instructions (a third of
// loading the chunk), mostly for patterns a short search never runs (canMatch skips them unrun).
// Its Sets took 47 KB of young objects at load (all of them made: 149 -> 102 KB).
//
// The source stays as written; only the bundle changes. The declaration becomes
//   let X$made; const X$ = () => (X$made ??= /…/);
// and each use of X becomes X$(): the same object at every use (a pattern's lastIndex, a Set's
// members). A name that is also declared elsewhere in its file (a parameter, a local), used as a
// type, exported, assigned or written as a shorthand property is left as it is.
//
// The source is parsed with the parser vitest's bundler (rolldown) ships; without it the build goes
// on with every pattern made at load, as before, and says so.
import { readFile } from 'node:fs/promises';

let parseAst;
try {
  ({ parseAst } = await import('rolldown/parseAst'));
} catch {
  console.warn('build: rolldown/parseAst not found: the patterns of each module are made at load (build/lazy-patterns.mjs).');
}

/** `new Set([...])` or `new Map()` of constants only (strings, numbers): made later, it is the same. */
const isConstantSet = (init) => init.type === 'NewExpression' && init.callee.type === 'Identifier' && (init.callee.name === 'Set' || init.callee.name === 'Map') && (init.arguments.length === 0 || (init.arguments.length === 1 && init.arguments[0].type === 'ArrayExpression' && init.arguments[0].elements.every((e) => e && e.type === 'Literal' && (typeof e.value === 'string' || typeof e.value === 'number'))));

/** The module's text with its top-level patterns made lazily; the text itself if it has none. */
export function lazyPatterns(text) {
  if (!parseAst) return text;
  const program = parseAst(text, { lang: 'ts' });
  /** Top-level pattern declarations by name. */
  const patterns = new Map();
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const' || statement.declare || statement.declarations.length !== 1) continue;
    const [declaration] = statement.declarations;
    const init = declaration.init;
    if (declaration.id.type !== 'Identifier' || declaration.id.typeAnnotation || !init) continue;
    const isPattern = (init.type === 'Literal' && init.regex) || (init.type === 'NewExpression' && init.callee.type === 'Identifier' && init.callee.name === 'RegExp');
    if (isPattern || isConstantSet(init)) patterns.set(declaration.id.name, { statement, declaration, type: isPattern ? 'RegExp' : init.callee.name === 'Set' ? 'Set<string>' : 'Map<string, unknown>' });
  }
  if (patterns.size === 0) return text;

  const uses = new Map([...patterns.keys()].map((name) => [name, []]));
  const unsafe = new Set();
  /** Visits every node with its parent and the key it is under. */
  const visit = (node, parent, key) => {
    if (node.type === 'Identifier' && uses.has(node.name)) {
      const name = node.name;
      if (patterns.get(name).declaration.id === node) {
        // the declaration itself
      } else if ((parent.type === 'MemberExpression' && key === 'property' && !parent.computed) || ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition' || parent.type === 'TSPropertySignature' || parent.type === 'TSMethodSignature') && key === 'key' && !parent.computed && !parent.shorthand) || (parent.type === 'TSQualifiedName' && key === 'right')) {
        // a property's name, not the variable
      } else if (parent.type === 'MemberExpression' || parent.type === 'CallExpression' || parent.type === 'NewExpression' || parent.type === 'ArrayExpression' || parent.type === 'ConditionalExpression' || parent.type === 'LogicalExpression' || parent.type === 'BinaryExpression' || parent.type === 'TemplateLiteral' || parent.type === 'ReturnStatement' || parent.type === 'ArrowFunctionExpression' && key === 'body' || parent.type === 'SpreadElement' || parent.type === 'UnaryExpression' && parent.operator !== 'delete' || (parent.type === 'Property' && key === 'value' && !parent.shorthand) || (parent.type === 'VariableDeclarator' && key === 'init') || (parent.type === 'AssignmentExpression' && key === 'right') || parent.type === 'ExpressionStatement' || parent.type === 'SequenceExpression' || parent.type === 'TaggedTemplateExpression' && key === 'tag' || parent.type === 'ChainExpression' || parent.type === 'AwaitExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSAsExpression' && key === 'expression' || parent.type === 'ParenthesizedExpression') {
        uses.get(name).push(node);
      } else {
        // a declaration of the same name, a type, an export, a shorthand property, an assignment…
        unsafe.add(name);
      }
    }
    for (const k of Object.keys(node)) {
      const v = node[k];
      if (Array.isArray(v)) for (const c of v) c && typeof c.type === 'string' && visit(c, node, k);
      else if (v && typeof v.type === 'string') visit(v, node, k);
    }
  };
  visit(program, null, null);

  /** text[from, to) with the edits [start, end, replacement] inside it applied (file offsets). */
  const apply = (from, to, edits) => {
    let out = text.slice(from, to);
    for (const [start, end, replacement] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start - from) + replacement + out.slice(end - from);
    return out;
  };
  const safe = [...patterns].filter(([name]) => !unsafe.has(name));
  let useEdits = safe.flatMap(([name]) => uses.get(name).map((use) => [use.start, use.end, `${name}$()`]));
  const edits = [];
  for (const [name, { statement, declaration, type }] of safe) {
    // A use of another pattern inside this one's initializer is rewritten in its new text.
    const { start: from, end: to } = declaration.init;
    const inner = useEdits.filter(([start, end]) => start >= from && end <= to);
    useEdits = useEdits.filter((edit) => !inner.includes(edit));
    edits.push([statement.start, statement.end, `let ${name}$made: ${type} | undefined; const ${name}$ = (): ${type} => (${name}$made ??= ${apply(from, to, inner)});`]);
  }
  return apply(0, text.length, [...edits, ...useEdits]);
}

/** The plugin: every module of src/ goes through lazyPatterns. */
export const lazyPatternsPlugin = {
  name: 'lazy-patterns',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({ contents: lazyPatterns(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};
