import { describe, expect, test } from 'vitest';
import { jsonArray, streamedResponse, textStream } from '../../../src/lib/text-stream.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { exportCsv, MENTION_COLUMNS, type MentionExport } from '../../../src/lib/exports.ts';

/** Mentions of every awkward kind: quotes, commas, line breaks, a backslash, characters outside the BMP, a lone surrogate, Latin and Arabic. */
function mentions(count: number): MentionExport[] {
  const sentences = ['زار "المغرب"، ثم عاد.', 'قال:\n«نعم»\tو\\لا', 'Indus Shield, 2024 \u2028 \ud800', 'علم 🇲🇦 و𝕏', 'بحث الوزير التعاون العسكري مع باكستان في إسلام آباد'];
  return Array.from({ length: count }, (_, i) => ({
    article: `a-${i}`,
    entity: i % 3 === 0 ? 'MA' : 'raheel-sharif',
    sentence: sentences[i % sentences.length] ?? '',
    offset: i,
    text: 'المغرب',
    role: i % 2 === 0 ? null : 'وزير الدفاع',
  }));
}

/** The stream's bytes as text, a byte-order mark kept (`Response.text()` would drop it). */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('streamed exports', () => {
  test('mentions.json streams exactly the bytes JSON.stringify writes for the same rows, across many chunks', async () => {
    const rows = mentions(5_000);
    const streamed = new Uint8Array(await new Response(textStream(jsonArray(rows))).arrayBuffer());
    const whole = new TextEncoder().encode(JSON.stringify(rows));
    expect(whole.length).toBeGreaterThan(4 * 65_536);
    expect(Buffer.compare(streamed, whole)).toBe(0);
  });

  test('the CSV streams exactly the bytes of the whole table', async () => {
    const rows = mentions(3_000);
    const columns = [...MENTION_COLUMNS];
    const table = toCsv(columns, rows.map((row) => columns.map((column) => row[column])));
    const streamed = new Uint8Array(await new Response(textStream(exportCsv(MENTION_COLUMNS, rows))).arrayBuffer());
    expect(Buffer.compare(streamed, new TextEncoder().encode(table))).toBe(0);
  });

  test('an empty dossier exports an empty array and a CSV of its header alone', async () => {
    expect(await text(textStream(jsonArray([])))).toBe('[]');
    expect(await text(textStream(exportCsv(MENTION_COLUMNS, [])))).toBe('\uFEFFarticle,entity,sentence,offset,text,role\r\n');
  });

  test('a row JSON cannot hold is an error, not a different file', () => {
    expect(() => [...jsonArray([{ a: 1 }, undefined])]).toThrow(/no JSON form/u);
  });

  test('holds about one chunk of an export at a time: rows are made as the reader asks', async () => {
    let made = 0;
    function* rows(): Generator<MentionExport> {
      for (const row of mentions(20_000)) {
        made++;
        yield row;
      }
    }
    const reader = textStream(jsonArray(rows())).getReader();
    const first = await reader.read();
    expect(first.value?.length).toBeGreaterThan(0);
    expect(made).toBeLessThan(2_000);
    await reader.cancel();
  });

  test('the response carries the content type it is given', () => {
    expect(streamedResponse(['a'], 'text/csv; charset=utf-8').headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
