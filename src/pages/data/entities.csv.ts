/**
 * `/data/entities.csv`: `entities.json` as RFC 4180 CSV with a BOM (Excel
 * reads the Arabic as UTF-8); list columns joined with `|`.
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier.ts';
import { ENTITY_COLUMNS, entityExports, exportCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async () => {
  const { entities } = await getDossier();
  return new Response(exportCsv(ENTITY_COLUMNS, entityExports(entities, import.meta.env.BASE_URL)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
