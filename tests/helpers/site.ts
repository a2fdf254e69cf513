/**
 * Builds a real dossier site from a given set of seeds, in a folder of its
 * own, exactly as `npm run build` does in the project.
 *
 * The project's sources are copied (node_modules is linked) so a test build
 * never touches the project's own `seeds/`, `content/` or `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What to copy from the project into a site folder. */
const PROJECT_FILES = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'public', 'content/entities', 'content/docs'];

export interface SiteSpec {
  /** Folder to build in; emptied first. */
  dir: string;
  /** Seeds as file name → bytes (or text). */
  seeds: Record<string, Uint8Array | string>;
  /** Base path, e.g. `/malaff/`; `/` by default. */
  base?: string;
  /** Other files to write into the site folder, as path relative to it → text. */
  files?: Record<string, string>;
}

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  /** The built site, `<dir>/dist`. */
  dist: string;
}

/** Copies the project into `spec.dir`, writes the seeds, and runs `npm run build` there. */
export function buildSite(spec: SiteSpec): BuildResult {
  rmSync(spec.dir, { recursive: true, force: true });
  mkdirSync(spec.dir, { recursive: true });
  for (const file of PROJECT_FILES) {
    const from = path.join(PROJECT_ROOT, file);
    if (existsSync(from)) cpSync(from, path.join(spec.dir, file), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(spec.dir, 'node_modules'), 'dir');
  return rebuildSite(spec);
}

/**
 * Writes `spec.seeds` (and `spec.files`) into a site folder made by
 * `buildSite` (next to the seeds already there) and runs `npm run build`
 * again, caches and all: the build an editor's push triggers.
 */
export function rebuildSite(spec: SiteSpec): BuildResult {
  // The pipeline reads `seeds/`, which must exist even when no seed is written.
  mkdirSync(path.join(spec.dir, 'seeds'), { recursive: true });
  const seeds = Object.entries(spec.seeds).map(([name, content]) => [path.join('seeds', name), content] as const);
  for (const [name, content] of [...seeds, ...Object.entries(spec.files ?? {})]) {
    const file = path.join(spec.dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: spec.dir,
    encoding: 'utf8',
    // NODE_ENV: vitest sets `test`, and Astro would then build with `import.meta.env.DEV` true
    // (Starlight's header search, for one, renders its dev-mode notice instead of the search box).
    // XDG_CONFIG_HOME: the site's own `.config/`, where a tool that keeps settings per user would
    // write, instead of the tester's home; the build itself turns Astro's telemetry off.
    env: { ...process.env, NODE_ENV: 'production', BASE_PATH: spec.base ?? '/', SITE_URL: 'https://dossier.test', XDG_CONFIG_HOME: path.join(spec.dir, '.config') },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, dist: path.join(spec.dir, 'dist') };
}
