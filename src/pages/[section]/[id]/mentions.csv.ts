/**
 * `/<section>/<slug>/mentions.csv`: the same rows as `mentions.json`, as
 * RFC 4180 CSV with a BOM so that Excel opens the Arabic correctly.
 */
import type { APIRoute } from 'astro';
import { getDossier, type EntityRecord } from '../../../data/dossier.ts';
import { allEntityPaths } from '../../../lib/entity-routes.ts';
import { ENTITY_MENTION_COLUMNS, entityMentionExports, exportCsv } from '../../../lib/exports.ts';

export async function getStaticPaths() {
  return allEntityPaths(await getDossier());
}

export const GET: APIRoute<{ entity: EntityRecord }> = async ({ props }) => {
  const dossier = await getDossier();
  const rows = entityMentionExports(dossier.mentionsOf(props.entity.id), import.meta.env.BASE_URL);
  return new Response(exportCsv(ENTITY_MENTION_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
