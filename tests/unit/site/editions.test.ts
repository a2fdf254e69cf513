import { describe, expect, it } from 'vitest';
import { editionName, eventSeries, seriesKey } from '../../../src/lib/editions.ts';

interface Event {
  id: string;
  names: string[];
}

const ev = (id: string, ...names: string[]): Event => ({ id, names });
const series = (events: Event[]) => eventSeries(events, (event) => event.names);
const ids = (list: { event: Event; year: number }[]) => list.map(({ event, year }) => `${event.id}@${year}`);

describe('an event name that ends with a year', () => {
  it('names an edition of the series the rest of the name names', () => {
    expect(editionName('Indus Shield-2023')).toEqual({ series: 'indus shield', year: 2023 });
    expect(editionName('إندس شيلد 2023')).toEqual({ series: 'اندس شيلد', year: 2023 });
    expect(editionName('Flintlock – 2014')).toEqual({ series: 'flintlock', year: 2014 });
  });

  it('is read the way readers write it: Arabic-Indic digits, hamza and ة spelled either way', () => {
    expect(editionName('الأسد الإفريقي ٢٠٢٢')).toEqual(editionName('الاسد الافريقي 2022'));
    expect(editionName('معرض آيدكس دورة 2023')).toEqual({ series: 'معرض ايدكس', year: 2023 });
    expect(editionName('الأسد الإفريقي لسنة 2021')?.series).toBe(seriesKey('الأسد الإفريقي'));
  });

  it('is no edition when the number is not a year or nothing but the year is left', () => {
    expect(editionName('African Lion')).toBeUndefined();
    expect(editionName('Sea Breeze 1812')).toBeUndefined();
    expect(editionName('القمة 12')).toBeUndefined();
    expect(editionName('2023')).toBeUndefined();
  });
});

describe('grouping the dossier’s events into series', () => {
  it('gives the series page its editions, oldest first, and each edition its series', () => {
    const lion = ev('african-lion', 'الأسد الإفريقي', 'African Lion');
    const grouped = series([ev('african-lion-2019', 'African Lion-2019'), lion, ev('african-lion-2015', 'African Lion-2015'), ev('expo', 'معرض الدفاع الدولي')]);
    const found = grouped.get('african-lion');
    expect(found?.events).toEqual([lion]);
    expect(ids(found?.editions ?? [])).toEqual(['african-lion-2015@2015', 'african-lion-2019@2019']);
    expect(grouped.get('african-lion-2019')).toBe(found);
    expect(grouped.has('expo')).toBe(false);
  });

  it('joins an Arabic and a Latin spelling once one event carries both', () => {
    const grouped = series([
      ev('indus-shield-2023', 'إندس شيلد 2023', 'Indus Shield-2023'),
      ev('indus-shield-2021', 'Indus Shield-2021'),
      ev('indus-shield-2024-ar', 'إندس شيلد 2024'),
    ]);
    expect(ids(grouped.get('indus-shield-2024-ar')?.editions ?? [])).toEqual(['indus-shield-2021@2021', 'indus-shield-2023@2023', 'indus-shield-2024-ar@2024']);
  });

  it('keeps two spellings of one edition that were never seen together, as the same year twice', () => {
    const grouped = series([ev('a', 'Sea Breeze-2020', 'سي بريز 2020'), ev('b', 'Sea Breeze 2020'), ev('c', 'سي بريز 2020')]);
    expect(ids(grouped.get('a')?.editions ?? [])).toEqual(['a@2020', 'b@2020', 'c@2020']);
  });

  it('leaves out an edition with neither a sibling nor a series, and events that only share a word', () => {
    const grouped = series([ev('bright-star-2018', 'Bright Star-2018'), ev('star', 'Star'), ev('flintlock-2014', 'Flintlock-2014'), ev('flintlock', 'Flintlock exercise')]);
    expect(grouped.size).toBe(0);
  });
});
