/**
 * Grouping output paths by the route that produced them, without reading
 * the route files.
 *
 * `/countries/ma/`, `/countries/pk/` → `/countries/*`;
 * `/countries/ma/mentions/2/` → `/countries/*\/mentions/:n`;
 * `/officials/x/mentions.json` → `/officials/*\/mentions.json`.
 *
 * A path segment is kept as written when it occurs under at least
 * {@link STATIC_PARENTS} different parent paths (a word the route writes,
 * like `mentions` or `page`); a number becomes `:n`; anything else is a
 * parameter, `*`. First segments have one parent, the root: they are kept,
 * unless the site has more than {@link MAX_TOP_FOLDERS} of them (articles
 * served from the root, as in the baseline), and then a first segment shared
 * by no other path is a parameter too. The site's route files change while the
 * bench is written; the shapes follow whatever they produce.
 */

/** Under how many distinct parents a segment must occur to count as a fixed word. */
const STATIC_PARENTS = 3;

/** More first segments than this, and the ones used by a single path are parameters. */
const MAX_TOP_FOLDERS = 100;

/** Path segments without a leading slash or a trailing `index.html`. */
function segments(path: string): string[] {
  return path.replace(/^\/+/u, '').replace(/(^|\/)index\.html$/u, '').split('/').filter(Boolean);
}

/**
 * The route shape of each path.
 *
 * @param paths output paths (`/countries/ma/index.html`, `/data/x.json`)
 * @returns path → shape (`/countries/*`)
 */
export function routeShapes(paths: readonly string[]): Map<string, string> {
  const parents = new Map<string, Set<string>>();
  const split = paths.map((path) => segments(path));
  for (const parts of split) {
    for (let depth = 1; depth < parts.length; depth++) {
      const key = `${depth}\u0000${parts[depth]}`;
      const set = parents.get(key) ?? new Set<string>();
      set.add(parts.slice(0, depth).join('/'));
      parents.set(key, set);
    }
  }
  const top = Map.groupBy(split.filter((parts) => parts.length > 0), (parts) => parts[0]!);
  const manyTop = top.size > MAX_TOP_FOLDERS;
  const shapes = new Map<string, string>();
  paths.forEach((path, index) => {
    const parts = split[index]!;
    const shape = parts.map((part, depth) => {
      if (depth === 0) return manyTop && (top.get(part)?.length ?? 0) === 1 ? '*' : part;
      if (/^\d+$/u.test(part)) return ':n';
      return (parents.get(`${depth}\u0000${part}`)?.size ?? 0) >= STATIC_PARENTS ? part : '*';
    });
    shapes.set(path, `/${shape.join('/')}`);
  });
  return shapes;
}
