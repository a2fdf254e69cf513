/**
 * What a build produced: pages, bytes, and where the bytes are.
 *
 * Page count is the number of `index.html` files (every route of the site is
 * a folder with an index, `trailingSlash: 'always'`), which is also what
 * Pagefind indexes. Output bytes are split by top-level folder (articles,
 * countries, officials…, `_astro` assets, `pagefind`) and by route shape
 * (routes.ts), and the largest HTML pages are listed: a route whose pages
 * grow with the dossier (an entity page listing every article that mentions
 * it) shows up there first.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { routeShapes } from './routes.ts';

export interface SectionSize {
  section: string;
  pages: number;
  htmlBytes: number;
  /** All files of the section, HTML or not. */
  bytes: number;
  files: number;
}

/** Output of one route shape (routes.ts): `/countries/*`, `/officials/*\/mentions/:n`… */
export interface RouteSize {
  route: string;
  files: number;
  bytes: number;
}

export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Built assets (`_astro/`): scripts, styles, fonts, flag SVGs. */
  assetsBytes: number;
  assetsFiles: number;
  sections: SectionSize[];
  /** Pages and data files (not `_astro/`, not `pagefind/`) by route shape, largest first. */
  routes: RouteSize[];
  largestPages: { path: string; bytes: number }[];
}

/**
 * Walks `dist/`.
 *
 * @param distDir the build output folder
 */
export async function distStats(distDir: string): Promise<DistStats> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const sections = new Map<string, SectionSize>();
  const pages: { path: string; bytes: number }[] = [];
  const outputs: { path: string; bytes: number }[] = [];
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(distDir, full).split(path.sep).join('/');
    const size = (await stat(full)).size;
    bytes += size;
    files++;
    const parts = relative.split('/');
    const section = parts.length === 1 ? '(root)' : parts[0]!;
    if (section !== '_astro' && section !== 'pagefind') outputs.push({ path: `/${relative}`, bytes: size });
    const record = sections.get(section) ?? { section, pages: 0, htmlBytes: 0, bytes: 0, files: 0 };
    record.bytes += size;
    record.files++;
    if (entry.name === 'index.html') {
      record.pages++;
      record.htmlBytes += size;
      pages.push({ path: `/${relative}`, bytes: size });
    } else if (entry.name.endsWith('.html')) {
      record.htmlBytes += size;
    }
    sections.set(section, record);
  }
  const shapes = routeShapes(outputs.map((output) => output.path));
  const routes = new Map<string, RouteSize>();
  for (const output of outputs) {
    const route = shapes.get(output.path)!;
    const record = routes.get(route) ?? { route, files: 0, bytes: 0 };
    record.files++;
    record.bytes += output.bytes;
    routes.set(route, record);
  }
  const pagefind = sections.get('pagefind');
  const assets = sections.get('_astro');
  return {
    pages: pages.length,
    files,
    bytes,
    pagefindBytes: pagefind?.bytes ?? 0,
    pagefindFiles: pagefind?.files ?? 0,
    assetsBytes: assets?.bytes ?? 0,
    assetsFiles: assets?.files ?? 0,
    sections: [...sections.values()].sort((a, b) => b.bytes - a.bytes),
    routes: [...routes.values()].sort((a, b) => b.bytes - a.bytes),
    largestPages: pages.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}
