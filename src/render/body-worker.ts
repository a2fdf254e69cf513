/**
 * Entry point of the thread that renders article bodies. Everything it does
 * is `serveArticleBodies` in `article-bodies.ts`, a module the article page
 * imports, so that a change to how bodies are rendered changes the page's
 * code as Astro's incremental build sees it and its pages are rendered again.
 */
import { serveArticleBodies } from './article-bodies.ts';

serveArticleBodies();
