/**
 * The names table's files (`names.ts`), made at index time from the built
 * site's entity export and Pagefind's bundle, to be written with it.
 *
 * A search moves results by their Pagefind id, which is the name of the
 * page's fragment file (`fragment/<id>.pf_fragment`): each fragment is
 * gzip, a 12-byte signature, then JSON that starts with the page's URL.
 * Only that start is inflated: the first kilobyte of each file, flushed
 * without waiting for the end of the stream (at 1,000 articles, 1,874
 * fragments in 82–89 ms instead of 121–126 ms for whole files; most of it
 * is zlib's set-up per call).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import type { EntityType } from '../pipeline/types.ts';
import { NAMES_FOLDER, namesTable, type NamedEntity } from './names.ts';
import type { BundleFile } from './write-bundle.ts';

/** The entity export the table is made from, relative to `dist/`. */
export const ENTITIES_EXPORT = 'data/entities.json';

const FRAGMENT = /^fragment\/([^/]+)\.pf_fragment$/u;
const SIGNATURE_BYTES = 12;
/** Compressed bytes inflated per fragment first: more than the site's URLs take; a longer one is read from the whole file. */
const HEAD_BYTES = 1024;
const URL_START = /^\{"url":"((?:[^"\\]|\\.)*)"/u;

/**
 * The site path of each fragment's page, by Pagefind id.
 *
 * @throws Error naming the file when a fragment cannot be read
 */
export function pageIdsByPath(files: readonly BundleFile[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of files) {
    const id = FRAGMENT.exec(file.path)?.[1];
    if (!id) continue;
    const url = urlAtStart(gunzipSync(file.content.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 4 * HEAD_BYTES })) ?? urlAtStart(gunzipSync(file.content));
    if (url === undefined) throw new Error(`search index: ${file.path} does not start with its page's URL`);
    ids.set(JSON.parse(`"${url}"`) as string, id);
  }
  return ids;
}

/** The escaped URL a fragment's JSON starts with, if these bytes hold all of it. */
function urlAtStart(inflated: Uint8Array): string | undefined {
  return URL_START.exec(new TextDecoder().decode(inflated.subarray(SIGNATURE_BYTES)))?.[1];
}

/**
 * The names table as bundle files (`names/<hex>.json`), or none when the
 * site has no entity export.
 *
 * @param dist the built site
 * @param bundle Pagefind's files for it
 */
export function namesFiles(dist: string, bundle: readonly BundleFile[]): BundleFile[] {
  const file = path.join(dist, ENTITIES_EXPORT);
  if (!existsSync(file)) return [];
  const entities = (JSON.parse(readFileSync(file, 'utf8')) as (Omit<NamedEntity, 'type'> & { type: string })[]).map((entity) => ({ ...entity, type: entity.type as EntityType }));
  const ids = pageIdsByPath(bundle);
  const encoder = new TextEncoder();
  return [...namesTable(entities, (sitePath) => ids.get(sitePath))].map(([name, shard]) => ({
    path: `${NAMES_FOLDER}/${name}`,
    content: encoder.encode(JSON.stringify(shard)),
  }));
}
