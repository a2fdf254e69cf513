/**
 * Grouping output paths by the route that produced them, without reading
 * the route files.
 *
 * `/countries/ma/`, `/countries/pk/` → `/countries/*`;
 * `/countries/ma/mentions/2/` → `/countries/*\/mentions/:n`;
 * `/officials/x/mentions.json` → `/officials/*\/mentions.json`.
 *
 * A path segment is kept as written when it is the first one or when it
 * occurs under at least {@link STATIC_PARENTS} different parent paths (a
 * word the route writes, like `mentions` or `page`); a number becomes `:n`;
 * anything else is a parameter, `*`. The site's route files change while the
 * bench is written; the shapes follow whatever they produce.
 */

/** Under how many distinct parents a segment must occur to count as a fixed word. */
const STATIC_PARENTS = 3;

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
  const shapes = new Map<string, string>();
  paths.forEach((path, index) => {
    const parts = split[index]!;
    const shape = parts.map((part, depth) => {
      if (depth === 0) return part;
      if (/^\d+$/u.test(part)) return ':n';
      return (parents.get(`${depth}\u0000${part}`)?.size ?? 0) >= STATIC_PARENTS ? part : '*';
    });
    shapes.set(path, `/${shape.join('/')}`);
  });
  return shapes;
}
