/** `/data/mentions.csv`: `mentions.json` as RFC 4180 CSV with a BOM (Excel reads the Arabic as UTF-8). */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier.ts';
import { MENTION_COLUMNS, exportCsv, mentionExports } from '../../lib/exports.ts';
import { streamedResponse } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getDossier();
  return streamedResponse(exportCsv(MENTION_COLUMNS, mentionExports(articles)), 'text/csv; charset=utf-8');
};
