/**
 * `/data/mentions.json`: every mention, as `{ article, entity, sentence, offset }`
 * (`offset`: UTF-16 offset of the mention in `sentence`). A public contract
 * (see `src/lib/exports.ts`).
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier.ts';
import { mentionExports } from '../../lib/exports.ts';
import { jsonArray, streamedResponse } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getDossier();
  return streamedResponse(jsonArray(mentionExports(articles)), 'application/json');
};
