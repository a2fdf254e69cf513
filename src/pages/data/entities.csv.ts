/**
 * `/data/entities.csv`: `entities.json` as RFC 4180 CSV with a BOM (Excel
 * reads the Arabic as UTF-8); list columns joined with `|`.
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier.ts';
import { ENTITY_COLUMNS, entityExports, exportCsv } from '../../lib/exports.ts';
import { streamedResponse } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const { entities } = await getDossier();
  return streamedResponse(exportCsv(ENTITY_COLUMNS, entityExports(entities, import.meta.env.BASE_URL)), 'text/csv; charset=utf-8');
};
