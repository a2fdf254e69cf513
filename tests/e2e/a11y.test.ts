/**
 * The pages readers open first, in headless Chromium, in light and dark
 * mode: the home page, an article, a country, an official, the timeline, the
 * graph and the search page with its results. Each must load without a console error or a failed request,
 * and axe-core (injected from node_modules, WCAG 2.1 A/AA rules and best
 * practices) must report no serious or critical violation, contrast
 * included. Rules axe itself tags `experimental` are printed as warnings
 * but do not fail the test. Keyboard use of the graph is checked too: its nodes are links
 * that Tab reaches and Enter follows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../helpers/serve.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; tags: string[]; nodes: { target: string[]; failureSummary?: string }[] }[];
}

const built = inject('seedsSite');
const articles = JSON.parse(readFileSync(path.join(built.dist, 'data', 'articles.json'), 'utf8')) as { url: string; source_file: string }[];
const entities = JSON.parse(readFileSync(path.join(built.dist, 'data', 'entities.json'), 'utf8')) as { url: string; type: string; name: string }[];
const official = entities.find((entity) => entity.type === 'person' && entity.name.includes('حموشي')) ?? entities.find((e) => e.type === 'person');

const PAGES: [name: string, path: string][] = [
  ['the home page', '/'],
  ['an article', articles.find((a) => a.source_file.startsWith('003'))?.url ?? articles[0]?.url ?? '/'],
  ['a country page', '/countries/ma/'],
  ['an official page', official?.url ?? '/officials/'],
  ['the timeline', '/timeline/'],
  ['the graph', '/graph/'],
  ['the search page with results', `/search/?q=${encodeURIComponent('حموشي')}`],
];

const AXE = readFileSync(path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serve(built.dist, built.base);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page and records every console error, page error and failed request. */
async function open(page: Page, urlPath: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(urlPath.slice(1), site.url).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return problems;
}

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`in ${scheme} mode`, () => {
    for (const [name, urlPath] of PAGES) {
      test(`${name} loads without console errors and has no serious accessibility violation`, async () => {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const problems = await open(page, urlPath);
        expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
        expect(await page.getAttribute('html', 'lang')).toBe('ar');
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        const { violations } = await axe(page);
        // Experimental rules (axe's own word: not yet reliable) are reported, not failed on.
        for (const violation of violations.filter((v) => v.tags.includes('experimental'))) {
          console.warn(`${name} (${scheme}): experimental axe rule ${violation.id}: ${violation.help}`);
        }
        const serious = violations
          .filter((violation) => !violation.tags.includes('experimental'))
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
        expect(problems).toEqual([]);
        expect(serious).toEqual([]);
        await context.close();
      });
    }
  });
}

describe('keyboard', () => {
  test('Tab reaches the nodes of the graph, each announced by name, and Enter opens its page', async () => {
    const page = await browser.newPage();
    await open(page, '/graph/');
    let focused: { inSvg: boolean; label: string | null; href: string | null } = { inSvg: false, label: null, href: null };
    for (let i = 0; i < 80 && !focused.inSvg; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const active = document.activeElement;
        return { inSvg: Boolean(active?.closest('svg')), label: active?.getAttribute('aria-label') ?? null, href: active?.getAttribute('href') ?? null };
      });
    }
    expect(focused.inSvg).toBe(true);
    expect(focused.label).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === focused.href);
    await page.close();
  });
});
