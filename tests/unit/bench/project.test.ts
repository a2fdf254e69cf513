/**
 * Between rounds the bench moves a build's output aside instead of deleting
 * it, so that the next cold build creates its files as on a fresh clone
 * (`discard` in bench/project.ts says why), and deletes it all at the end.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { discard, emptyTrash, resetBuild } from '../../../bench/project.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'malaff-bench-project-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a discarded folder', () => {
  test('is gone from its place and kept whole in the trash until the trash is emptied', async () => {
    const dist = path.join(work, 'site/dist');
    await mkdir(path.join(dist, 'articles/a'), { recursive: true });
    await writeFile(path.join(dist, 'articles/a/index.html'), '<p>a</p>');
    const trash = path.join(work, 'trash');

    await discard(dist, trash);

    expect(existsSync(dist)).toBe(false);
    const [slot, ...others] = await readdir(trash);
    expect(others).toEqual([]);
    expect(slot).toMatch(/^dist-/u);
    expect(await readFile(path.join(trash, slot as string, 'articles/a/index.html'), 'utf8')).toBe('<p>a</p>');

    await emptyTrash(trash);
    expect(existsSync(trash)).toBe(false);
  });

  test('with the same name as an earlier one does not overwrite it in the trash', async () => {
    const trash = path.join(work, 'trash');
    for (const round of [1, 2]) {
      const dir = path.join(work, 'baseline');
      await mkdir(dir);
      await writeFile(path.join(dir, 'round'), String(round));
      await discard(dir, trash);
    }
    const slots = await readdir(trash);
    const rounds = await Promise.all(slots.map((slot) => readFile(path.join(trash, slot, 'round'), 'utf8')));
    expect(rounds.toSorted()).toEqual(['1', '2']);
  });

  test('that does not exist is no error, and makes no trash', async () => {
    const trash = path.join(work, 'trash');
    await discard(path.join(work, 'missing'), trash);
    expect(existsSync(trash)).toBe(false);
  });
});

test('a reset site keeps its seeds and sources, and its last build is in the trash', async () => {
  const site = path.join(work, 'site');
  for (const file of ['seeds/a.txt', 'src/page.ts', 'dist/index.html', 'content/articles/a.mdx', 'content/generated/annotations/a.json', '.cache/annotate/x', 'node_modules/.vite/deps']) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), file);
  }
  const trash = path.join(work, 'trash');

  await resetBuild(site, trash);

  expect(existsSync(path.join(site, 'seeds/a.txt'))).toBe(true);
  expect(existsSync(path.join(site, 'src/page.ts'))).toBe(true);
  for (const built of ['dist', 'content/articles', 'content/generated', '.cache', 'node_modules/.vite']) {
    expect(existsSync(path.join(site, built)), built).toBe(false);
  }
  expect((await readdir(trash)).map((slot) => slot.replace(/-[\da-f-]+$/u, '')).toSorted()).toEqual(['.cache', '.vite', 'articles', 'dist', 'generated']);
});
