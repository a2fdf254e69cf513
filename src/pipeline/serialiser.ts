/**
 * How the emitter serialises an article's tree: mdast-util-to-markdown's
 * options, built once for every article.
 *
 * The MDX extensions escape everything that would start a JSX element or an
 * expression; two patterns they leave to the parser are added here (ESM
 * keywords at the start of a line, GFM's `~` strikethrough). Two handlers
 * make the serialiser cheaper without changing a byte of what it writes:
 * entity links are serialised once per distinct link (`entityLink`), and
 * text is escaped only when it holds a character that may need it where
 * it stands (a full stop only at the start of a line), and never twice
 * after a link (`textHandler`).
 */
import type { Parents, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, type Handle, type Handlers, type Info, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * Characters that would start a construct the MDX extensions do not escape.
 * mdast-util-to-markdown escapes ASCII punctuation with a backslash and
 * encodes any other character as a numeric reference, so `import` at the
 * start of a line becomes `&#x69;mport`: text to MDX, never a statement.
 */
const EXTRA_UNSAFE: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport(?![A-Za-z0-9_$])' },
  { atBreak: true, character: 'e', after: 'xport(?![A-Za-z0-9_$])' },
  { character: '~', inConstruct: 'phrasing' },
];

/**
 * The serialiser's extensions, built once: mdast-util-to-markdown compiles
 * each extension's unsafe patterns on first use and caches the result on the
 * pattern object, so fresh extension objects per article would recompile
 * every pattern for every article.
 */
const EXTENSIONS = [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])];

/** The handler an extension (or one of its sub-extensions) registers for a node type. */
function extensionHandler(extensions: readonly Options[], type: keyof Handlers): Handle | undefined {
  for (const extension of extensions) {
    const handler = extension.handlers?.[type] ?? extensionHandler(extension.extensions ?? [], type);
    if (handler) return handler;
  }
  return undefined;
}

/** Serialised entity links by `linkKey`; bounded so that a long run does not grow it forever. */
const LINKS = new Map<string, string>();
const LINKS_LIMIT = 50_000;

/**
 * The MDX extension's handler for text elements, serialising each distinct
 * entity link once.
 *
 * A dossier links the same few names again and again, and each link costs
 * the serialiser more than a paragraph of plain text: two attribute values
 * (each compiling a regular expression), trackers, a phrasing container and
 * the escaping of the link text against every unsafe pattern. For a text
 * element, what the extension writes depends only on the element (name,
 * attributes, children) and on the stack of constructs around it, which
 * decides which patterns the text is escaped against; the options are the
 * fixed ones above, and serialising leaves no trace in the state. So the
 * memo keys on exactly those, and the extension itself still writes every
 * link the first time: nothing is assembled here.
 */
const entityLink: Handle = (() => {
  const serialise = extensionHandler(EXTENSIONS, 'mdxJsxTextElement');
  if (!serialise) throw new Error('mdast-util-mdx no longer handles mdxJsxTextElement');
  const handle: Handle = (node: MdxJsxTextElement, parent, state, info) => {
    const key = linkKey(node, state);
    if (key === undefined) return serialise(node, parent, state, info);
    let markdown = LINKS.get(key);
    if (markdown === undefined) {
      markdown = serialise(node, parent, state, info);
      if (LINKS.size >= LINKS_LIMIT) LINKS.clear();
      LINKS.set(key, markdown);
    }
    return markdown;
  };
  // The phrasing container asks `peek` for the first character of the next node.
  return Object.assign(handle, { peek: (serialise as Handle & { peek?: Handle }).peek });
})();

const LINE_BREAK = /^[\r\n]$/u;
const SPACE = /^[ \t]$/u;

/**
 * What `safe` may escape in text serialised inside one stack of constructs
 * (`escapable`).
 */
interface Escapable {
  /** Every character `safe` may escape there. */
  anywhere: RegExp;
  /** The same without the characters of the patterns that apply only at a line break. */
  midLine: RegExp;
  /**
   * What text must start with (after spaces and tabs) for a pattern that
   * applies only at a line break to match at its start: the characters of
   * those patterns, and digits when one of them may follow digits (`1.`).
   */
  breakStart: RegExp;
}

/**
 * Per list of unsafe patterns, per stack of constructs: what can be escaped
 * there. mdast-util-to-markdown copies the list for each `toMarkdown` call,
 * so an entry lasts one article: a few built per article (one per stack its
 * text appears in), against one test per run of text. Keying by the
 * patterns' contents instead would cost that test again.
 */
const ESCAPABLE = new WeakMap<readonly Unsafe[], Map<string, Escapable>>();

/** A character class of `characters`, each written as a code point escape. */
function characterClass(characters: Iterable<string>): RegExp {
  return new RegExp(`[${[...characters].map((character) => `\\u{${character.codePointAt(0)?.toString(16)}}`).join('')}]`, 'u');
}

/**
 * What `safe` may escape in text serialised inside `stack`: the character
 * of every unsafe pattern in scope there, a backslash (escaped before
 * punctuation) and line breaks. A pattern on a space or a tab that only
 * applies next to a line break (`after`/`before` `[\r\n]`) is left out:
 * its line break is in the set, or is the character before or after the
 * text, which `plainText` checks.
 *
 * A pattern marked `atBreak` matches only after a line break, spaces or
 * tabs, and what its `before` asks for (`safe` compiles it so). Its
 * character is left out of `midLine` when that `before` is nothing or
 * digits, the only two the library's and the extensions' patterns use; a
 * pattern with any other `before`, or on a space or a tab, counts as one
 * that applies anywhere.
 */
function escapable(unsafe: readonly Unsafe[], stack: readonly string[]): Escapable {
  let byStack = ESCAPABLE.get(unsafe);
  if (!byStack) {
    byStack = new Map();
    ESCAPABLE.set(unsafe, byStack);
  }
  const key = stack.join('\u0000');
  let sets = byStack.get(key);
  if (!sets) {
    const anywhere = new Set(['\\', '\r', '\n']);
    const midLine = new Set(anywhere);
    const breakStart = new Set<string>();
    for (const pattern of unsafe) {
      if (!inScope(stack, pattern.inConstruct, true) || inScope(stack, pattern.notInConstruct, false)) continue;
      const blank = SPACE.test(pattern.character);
      const besideBreak = pattern.before === '[\\r\\n]' || pattern.after === '[\\r\\n]';
      if (besideBreak && blank) continue;
      anywhere.add(pattern.character);
      // A space or tab is skipped where the first character is looked for (`mayStandAtBreak`): such a pattern counts as one that applies anywhere.
      const onlyAtBreak = pattern.atBreak === true && !blank && (pattern.before === undefined || pattern.before === '' || pattern.before === '\\d+');
      if (!onlyAtBreak) {
        midLine.add(pattern.character);
        continue;
      }
      breakStart.add(pattern.character);
      if (pattern.before === '\\d+') for (const digit of '0123456789') breakStart.add(digit);
    }
    sets = { anywhere: characterClass(anywhere), midLine: characterClass(midLine), breakStart: characterClass(breakStart) };
    byStack.set(key, sets);
  }
  return sets;
}

/** mdast-util-to-markdown's rule for `inConstruct` / `notInConstruct`: `none` when the list is empty. */
function inScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : (list ?? []);
  return names.length === 0 ? none : names.some((name) => stack.includes(name));
}

/**
 * The text as `safe` would write it, when it holds no character `safe`
 * could escape; undefined otherwise. Every escape `safe` makes is at a
 * character of an unsafe pattern, or a backslash; so text holding none of
 * them, outside an autolink (which percent-encodes), and without a space
 * or tab next to a line break around it (which the patterns on spaces look
 * for: text at the start or end of a paragraph) comes out unchanged.
 * Most of an Arabic article is such text, and `safe` would otherwise run
 * every pattern's regular expression over each of its runs. Patterns that
 * apply only at a line break are left out where the text cannot stand at
 * one (`mayStandAtBreak`).
 */
function plainText(value: string, state: State, info: Info): string | undefined {
  if (state.stack.includes('autolink')) return undefined;
  const { anywhere, midLine, breakStart } = escapable(state.unsafe, state.stack);
  if ((mayStandAtBreak(value, info.before, breakStart) ? anywhere : midLine).test(value)) return undefined;
  // The patterns on spaces and tabs left out of `escapable`: one next to a line break around the text.
  if (LINE_BREAK.test(info.before.slice(-1)) && SPACE.test(value.charAt(0))) return undefined;
  if (LINE_BREAK.test(info.after.charAt(0)) && SPACE.test(value.slice(-1))) return undefined;
  return value;
}

/** A line break, then only spaces, tabs or digits to the end: what `safe` compiles before the character of an `atBreak` pattern. */
const ENDS_AT_BREAK = /[\r\n][\t \d]*$/u;
/** The first character after leading spaces and tabs. */
const FIRST_AFTER_BLANKS = /^[\t ]*(.?)/su;

/**
 * Whether a pattern that applies only at a line break could match in
 * `value`, as `safe` sees it (`before`, then `value`): it could when the
 * value holds a line break, or when `before` ends at one (with spaces,
 * tabs or digits after it) and the value starts, after spaces and tabs,
 * with a character in `breakStart`. Most runs of article text sit in the
 * middle of a line, after a word or a link, where a full stop, a hyphen or
 * a closing parenthesis cannot start a list item and need no escape.
 */
function mayStandAtBreak(value: string, before: string, breakStart: RegExp): boolean {
  if (value.includes('\n') || value.includes('\r')) return true;
  if (!ENDS_AT_BREAK.test(before)) return false;
  return breakStart.test(FIRST_AFTER_BLANKS.exec(value)?.[1] ?? '');
}

/** The default text handler, with `plainText`'s short cut. */
function serialiseText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  return plainText(node.value, state, info) ?? defaultHandlers.text(node, parent, state, info);
}

/**
 * The text handler, with a `peek` for the text that follows an entity link.
 *
 * Before serialising a node, the phrasing container asks the next one for
 * its first character (the `after` of the node in front), through the next
 * handler's `peek` or, lacking one, by serialising it: every text after a
 * link was escaped twice, once only for that character. But a link's
 * serialisation does not depend on what follows it (`entityLink` keys its
 * memo without `after`), so for text after a link the peek answers with its
 * first character unescaped and is never wrong where it is used. Anywhere
 * else the text is serialised, as without a peek.
 */
const textHandler: Handle = Object.assign(serialiseText, {
  peek: (node: Text, parent: Parents | undefined, state: State, info: Info): string => {
    // The container's current index is that of the node being serialised, in front of this one.
    const previous = parent?.children[state.indexStack.at(-1) ?? -1];
    if (previous?.type === 'mdxJsxTextElement') return node.value.charAt(0);
    return serialiseText(node, parent, state, info);
  },
});

/**
 * The memo key of an element shaped as `paragraphChildren` builds links
 * (string attributes, one text child), or undefined for any other element,
 * which is then serialised afresh.
 */
function linkKey(node: MdxJsxTextElement, state: State): string | undefined {
  const [child] = node.children;
  if (node.children.length !== 1 || child?.type !== 'text') return undefined;
  // Each list prefixed with its size and each part with its length (the
  // text, last, needs none), so that no two elements share a key.
  let key = `${state.stack.length}`;
  for (const construct of state.stack) key += `:${construct.length}:${construct}`;
  key += `:${node.name?.length ?? -1}:${node.name ?? ''}:${node.attributes.length}`;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return undefined;
    key += `:${attribute.name.length}:${attribute.name}:${attribute.value.length}:${attribute.value}`;
  }
  return `${key}:${child.value}`;
}

/**
 * The options of every `toMarkdown` call, built once: the extensions'
 * unsafe patterns are compiled on first use and cached on the pattern
 * objects, and the configuration is the same for every article.
 */
export const MDX_OPTIONS: Options = {
  extensions: EXTENSIONS,
  handlers: { mdxJsxTextElement: entityLink, text: textHandler },
  unsafe: EXTRA_UNSAFE,
  bullet: '-',
  emphasis: '_',
};
