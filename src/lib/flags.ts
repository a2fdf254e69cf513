/**
 * The URL of a country's flag (`flag-icons`, 4:3 SVG), as a build asset.
 *
 * The table of every flag is made once, when this module loads. Written in
 * `Flag.astro`'s frontmatter, Vite's glob became an object of some 270
 * entries built again at every flag a page shows: 72 ms of a 1,000-article
 * build's render thread in a CPU profile.
 */
const FLAGS = import.meta.glob<string>('/node_modules/flag-icons/flags/4x3/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The flag of ISO 3166-1 alpha-2 `code`, or undefined when flag-icons has none. */
export function flagUrl(code: string): string | undefined {
  return FLAGS[`/node_modules/flag-icons/flags/4x3/${code.toLowerCase()}.svg`];
}
