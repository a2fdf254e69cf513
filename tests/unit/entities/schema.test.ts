import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegistry, parseRegistryFile } from '../../../src/entities/registry.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function registry(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'malaff-registry-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('registry files', () => {
  it('turn a valid entry into a reviewed entity, type taken from the file name', () => {
    const { entries, errors } = parseRegistryFile(
      `- id: raheel-sharif\n  name: رحيل شريف\n  name_en: Raheel Sharif\n  country: PK\n  titles:\n    - title: رئيس هيئة أركان القوات البرية الباكستانية\n      from: "2013-11"\n`,
      'people.yaml',
    );
    expect(errors).toEqual([]);
    expect(entries[0]?.entity).toMatchObject({
      id: 'raheel-sharif',
      type: 'person',
      name: 'رحيل شريف',
      nameEn: 'Raheel Sharif',
      country: 'PK',
      reviewed: true,
      titles: [{ title: 'رئيس هيئة أركان القوات البرية الباكستانية', from: '2013-11' }],
    });
  });

  it('name the file, the line, the entry and the field of every problem', () => {
    const { errors } = parseRegistryFile(`- id: ok-person\n  name: أحمد\n- id: Bad Id\n  name: علي\n  country: Pakistan\n`, 'content/entities/people.yaml');
    const messages = errors.map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => /people\.yaml:5: entry 2 \(id "Bad Id"\), field "country": expected an ISO 3166-1 alpha-2 code/.test(m))).toBe(true);
    expect(messages.some((m) => /people\.yaml:\d+: entry 2 \(id "Bad Id"\), field "id": expected a Latin slug/.test(m))).toBe(true);
  });

  it('report unknown fields, bad dates and missing names instead of ignoring them', () => {
    const { errors } = parseRegistryFile(`- id: x\n  nam: خطأ\n- id: y\n  name: ي\n  titles: [{ title: وزير, from: 2023-13 }]\n`, 'people.yaml');
    const text = errors.map((e) => e.message).join('\n');
    expect(text).toMatch(/entry 1 \(id "x"\)/);
    expect(text).toMatch(/nam/);
    expect(text).toMatch(/entry 2 \(id "y"\), field "titles\.0\.from": expected an ISO date/);
  });

  it('accept a country entry that only adds aliases to an ISO country', () => {
    const { entries, errors } = parseRegistryFile(`- id: MA\n  aliases: [المملكة الشريفة]\n`, 'countries.yaml');
    expect(errors).toEqual([]);
    expect(entries[0]?.entity).toMatchObject({ id: 'MA', type: 'country', aliases: ['المملكة الشريفة'] });
  });

  it('say what is wrong with a file that is not a list or not YAML', () => {
    expect(parseRegistryFile('id: x\n', 'people.yaml').errors[0]?.message).toMatch(/must be a YAML list/);
    expect(parseRegistryFile('- id: [unclosed\n', 'people.yaml').errors[0]?.message).toMatch(/not valid YAML/);
  });
});

describe('loading the registry', () => {
  it('collects the problems of every file in one run', async () => {
    const errors = (await loadRegistry(await registry({ 'people.yaml': '- id: A\n  name: أ\n', 'events.yaml': '- id: ok\n' }))).errors;
    const files = new Set(errors.map((e) => path.basename(e.file)));
    expect(files).toEqual(new Set(['people.yaml', 'events.yaml']));
  });

  it('reports an id used twice and keeps the first entry', async () => {
    const result = await loadRegistry(
      await registry({ 'people.yaml': '- id: same\n  name: أحمد علي\n', 'places.yaml': '- id: same\n  name: مكان\n' }),
    );
    expect(result.errors.map((e) => e.message).join()).toMatch(/field "id": id already used by .*people\.yaml/);
    expect(result.entities.filter((e) => e.id === 'same')).toHaveLength(1);
  });

  it('reports an alias two entities claim, comparing spellings on matching keys', async () => {
    const result = await loadRegistry(
      await registry({
        'places.yaml': '- id: islamabad-extra\n  name: إسلام آباد الكبرى\n  aliases: [إسلام آباد]\n',
        'organizations.yaml': '- id: city-council\n  name: مجلس المدينة\n  aliases: [اسلام اباد]\n',
      }),
    );
    const message = result.errors.map((e) => e.message).join();
    expect(message).toMatch(/"(اسلام اباد|إسلام آباد)" is already a name or alias of "(islamabad-extra|city-council)"/);
    expect(message).toMatch(/a mention could not tell them apart/);
  });

  it('treats a missing folder as an empty registry', async () => {
    expect(await loadRegistry('/nonexistent/malaff')).toEqual({ entities: [], errors: [] });
  });

  it('loads the project registry without a single error', async () => {
    const result = await loadRegistry(path.resolve(import.meta.dirname, '../../../content/entities'));
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.entities.find((e) => e.id === 'abdellatif-hammouchi')?.nameEn).toBe('Abdellatif Hammouchi');
  });
});
