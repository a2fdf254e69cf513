/**
 * Hands every page Astro renders during a build to the search indexer
 * (`search-index.ts`), so that Pagefind works on the other core while Astro
 * renders. Outside a build (`astro dev`) there is no indexer and it does
 * nothing. The response is passed on unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { activeIndexer, pageFile } from './search-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = activeIndexer();
  if (!indexer || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await indexer.add(pageFile(context.url.pathname, import.meta.env.BASE_URL), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
