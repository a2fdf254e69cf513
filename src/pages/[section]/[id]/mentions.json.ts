/**
 * `/<section>/<slug>/mentions.json`: every mention of one entity, newest
 * article first, with its sentence, offset, role and article (title, URL,
 * date, source): what an analyst needs to cite it from a script.
 */
import type { APIRoute } from 'astro';
import { getDossier, type EntityRecord } from '../../../data/dossier.ts';
import { allEntityPaths } from '../../../lib/entity-routes.ts';
import { entityMentionExports } from '../../../lib/exports.ts';

export async function getStaticPaths() {
  return allEntityPaths(await getDossier());
}

export const GET: APIRoute<{ entity: EntityRecord }> = async ({ props }) => {
  const dossier = await getDossier();
  const rows = entityMentionExports(dossier.mentionsOf(props.entity.id), import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
