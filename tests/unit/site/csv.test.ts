import { describe, expect, test } from 'vitest';
import { BOM, csvField, toCsv } from '../../../src/lib/csv.ts';

describe('CSV exports', () => {
  test('start with a byte-order mark so that Excel reads Arabic as UTF-8', () => {
    const csv = toCsv(['name'], [['المغرب']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe('\uFEFFname\r\nالمغرب\r\n');
  });

  test('quote fields holding commas, quotes or line breaks, and double the quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال «نعم» و"لا"')).toBe('"قال «نعم» و""لا"""');
    expect(csvField('سطر\nثان')).toBe('"سطر\nثان"');
    expect(csvField('عادي، بفاصلة عربية')).toBe('عادي، بفاصلة عربية');
  });

  test('write null as an empty cell and numbers and booleans as text', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 3, false]])).toBe('\uFEFFa,b,c\r\n,3,false\r\n');
  });
});
