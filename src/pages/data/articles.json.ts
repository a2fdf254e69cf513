/**
 * `/data/articles.json`: every article, newest first, as
 * `{ slug, url, source_file, title, date|null, source|null, entities: [{ id, type, name }] }`.
 * A public contract (see `src/lib/exports.ts`).
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier.ts';
import { articleExports } from '../../lib/exports.ts';
import { jsonArray, streamedResponse } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getDossier();
  return streamedResponse(jsonArray(articleExports(articles, import.meta.env.BASE_URL)), 'application/json');
};
