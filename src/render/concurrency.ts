/**
 * How many pages Astro renders at once (`build.concurrency`).
 *
 * Astro renders pages on one thread, but a page is not all rendering: it
 * reads the article's files and waits for its HTML to be written. One page
 * at a time, the thread sat idle for about a quarter of the page-generation
 * phase while each page was written. With four in hand, another page renders while one
 * is being written: at 1,000 articles the page-generation phase took
 * 13.6–14.3 s instead of 16.5–22.3 s (three alternating rounds), with no
 * more CPU, and the same bytes in `dist/`. Eight measured no better; rendering
 * in worker threads measured worse on two cores (each thread loads the
 * dossier again and compiles the same code again).
 *
 * The bench builds its baselines with the same value, so that its ratios
 * compare the sites, not this setting.
 */
export const RENDER_CONCURRENCY = 4;
