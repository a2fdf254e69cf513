/**
 * `/data/entities.json`: every entity with a page, as
 * `{ id, type, name, name_en|null, aliases[], country|null, reviewed, url, articles: [slug] }`.
 * A public contract (see `src/lib/exports.ts`).
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier.ts';
import { entityExports } from '../../lib/exports.ts';
import { jsonArray, streamedResponse } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const { entities } = await getDossier();
  return streamedResponse(jsonArray(entityExports(entities, import.meta.env.BASE_URL)), 'application/json');
};
