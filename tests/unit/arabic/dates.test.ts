import { describe, expect, it } from 'vitest';
import { findDates, parseArabicDate } from '../../../src/arabic/dates.ts';

/** The mentions of one paragraph as `[text, value, precision, relative]`. */
function datesIn(paragraph: string, publicationDate?: string): [string, string | null, string | null, boolean][] {
  return findDates([paragraph], { publicationDate }).map((mention) => [mention.text, mention.value, mention.precision, mention.relative]);
}

describe('month names', () => {
  it.each([
    ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ماي', 5], ['يونيو', 6],
    ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['أكتوبر', 10], ['نونبر', 11], ['دجنبر', 12],
  ])('reads the Maghreb month %s', (name, month) => {
    expect(parseArabicDate(`${name} 2024`)).toEqual({ value: `2024-${String(month).padStart(2, '0')}`, precision: 'month' });
  });

  it.each([
    ['مايو', 5], ['يوليو', 7], ['أغسطس', 8], ['سبتمبر', 9], ['نوفمبر', 11], ['ديسمبر', 12],
    ['إبريل', 4], ['ابريل', 4], ['اغسطس', 8], ['أغشت', 8], ['يونيه', 6], ['يوليه', 7],
  ])('reads the Egyptian and Gulf month %s and its spelling variants', (name, month) => {
    expect(parseArabicDate(`${name} 2024`)?.value).toBe(`2024-${String(month).padStart(2, '0')}`);
  });

  it.each([
    ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6],
    ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ])('reads the Levantine month %s', (name, month) => {
    expect(parseArabicDate(`${name} 2024`)?.value).toBe(`2024-${String(month).padStart(2, '0')}`);
  });

  it('knows every month name Node’s CLDR data gives for Morocco, Egypt, Syria and Algeria', () => {
    for (const locale of ['ar-MA', 'ar-EG', 'ar-SY', 'ar-DZ']) {
      const format = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { month: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const name = format.format(new Date(Date.UTC(2024, month - 1, 15)));
        // Builds without full ICU fall back to English names; those are not ours to read.
        if (!/\p{Script=Arabic}/u.test(name)) continue;
        expect(parseArabicDate(`${name} 2024`)?.value, `${locale} ${name}`).toBe(`2024-${String(month).padStart(2, '0')}`);
      }
    }
  });

  it('reads the compound forms of pan-Arab outlets (أيار/مايو, نيسان (أبريل))', () => {
    expect(datesIn('في أيار/مايو 2023 وقع الطرفان اتفاقا.')).toEqual([['أيار/مايو 2023', '2023-05', 'month', false]]);
    expect(datesIn('وفي نيسان (أبريل) 2022 زار الوفد أنقرة.')).toEqual([['نيسان (أبريل) 2022', '2022-04', 'month', false]]);
  });

  it('matches month names written without hamza or with tashkeel and tatweel', () => {
    expect(parseArabicDate('اكتوبر 2023')?.value).toBe('2023-10');
    expect(parseArabicDate('أَكْتُوبَر 2023')?.value).toBe('2023-10');
    expect(parseArabicDate('أكتـــوبر 2023')?.value).toBe('2023-10');
  });

  it('keeps a proclitic glued to the month inside the mention', () => {
    expect(datesIn('التقى الوفدان بشتنبر 2023 في الرباط')).toEqual([['بشتنبر 2023', '2023-09', 'month', false]]);
    expect(datesIn('وفي أبريل 2024، زار الوزير إسلام آباد')).toEqual([['أبريل 2024', '2024-04', 'month', false]]);
  });

  it('never reads a month name alone as a date (مارس is also a verb)', () => {
    expect(datesIn('مارس الجيش ضغطا كبيرا في أبريل على الحدود')).toEqual([]);
  });

  it('does not take the word باب for the month آب with a proclitic', () => {
    expect(datesIn('فتح باب 2023 للتسجيل')).toEqual([]);
  });
});

describe('days and years', () => {
  it('reads a full date with Arabic-Indic digits', () => {
    expect(datesIn('وصل الوفد في ١٢ تشرين الأول ٢٠٢٥ إلى بيروت')).toEqual([['١٢ تشرين الأول ٢٠٢٥', '2025-10-12', 'day', false]]);
  });

  it('includes a weekday written before the date', () => {
    expect(datesIn('عقد الاجتماع الاثنين 20 يناير 2025 بالرباط')).toEqual([['الاثنين 20 يناير 2025', '2025-01-20', 'day', false]]);
    expect(datesIn('عقد الاجتماع يوم الخميس، 6 مارس 2025')).toEqual([['يوم الخميس، 6 مارس 2025', '2025-03-06', 'day', false]]);
  });

  it('reads a year introduced by سنة, عام or العام, with or without a proclitic', () => {
    expect(datesIn('أول مناورة في سنة 2021، ثم تمارين لسنة 2023 وخلال العام 2024 وعام ٢٠٢٥م')).toEqual([
      ['سنة 2021', '2021', 'year', false],
      ['لسنة 2023', '2023', 'year', false],
      ['العام 2024', '2024', 'year', false],
      ['وعام ٢٠٢٥م', '2025', 'year', false],
    ]);
  });

  it('reads a month with its year at month precision (في أكتوبر 2023)', () => {
    expect(datesIn('التي نظمها سلاح الجو الباكستاني في أكتوبر 2023.')).toEqual([['أكتوبر 2023', '2023-10', 'month', false]]);
    expect(datesIn('في أكتوبر من عام 2023')).toEqual([['أكتوبر من عام 2023', '2023-10', 'month', false]]);
  });

  it('never takes a bare four-digit number for a year', () => {
    expect(datesIn('بلغت الصفقة 2025 مليون دولار ضمن تمرين Indus Shield-2023')).toEqual([]);
  });

  it('ignores Hijri years and impossible days', () => {
    expect(datesIn('في سنة 1446 هـ')).toEqual([]);
    expect(datesIn('في 30 فبراير 2024')).toEqual([['فبراير 2024', '2024-02', 'month', false]]);
  });

  it('gives UTF-16 offsets so that text is the slice of the paragraph', () => {
    const paragraph = 'قال المتحدث، اليوم الاثنين 20 يناير 2025، إن الزيارة ناجحة';
    const [mention] = findDates(['عنوان', paragraph]);
    expect(mention?.paragraph).toBe(1);
    expect(paragraph.slice(mention?.start, mention?.end)).toBe(mention?.text);
    expect(mention?.text).toBe('اليوم الاثنين 20 يناير 2025');
  });
});

describe('relative dates', () => {
  it('leaves yesterday, the day before and today unresolved without a publication date', () => {
    expect(datesIn('أجرت مصر وباكستان، أمس، مباحثات، وناقش الرئيس امس، وأمس الأول اجتمع الوزير، واستقبله اليوم الثلاثاء')).toEqual([
      ['أمس', null, 'day', true],
      ['امس', null, 'day', true],
      ['وأمس الأول', null, 'day', true],
      ['اليوم الثلاثاء', null, 'day', true],
    ]);
  });

  it('leaves a month or year relative to publication unresolved without a publication date', () => {
    expect(datesIn('استقبل في ماي الماضي سفير باكستان، وفي أبريل العام الماضي زار الوزير، والعام الماضي، والشهر المقبل')).toEqual([
      ['ماي الماضي', null, 'month', true],
      ['أبريل العام الماضي', null, 'month', true],
      ['والعام الماضي', null, 'year', true],
      ['والشهر المقبل', null, 'month', true],
    ]);
  });

  it('resolves relative dates against the publication date', () => {
    const text = 'أمس، وأمس الأول، واليوم الاثنين، وفي ماي الماضي، وأبريل العام الماضي، والعام الماضي، والشهر المقبل، وأكتوبر المقبل';
    expect(datesIn(text, '2025-01-20').map(([mention, value]) => [mention, value])).toEqual([
      ['أمس', '2025-01-19'],
      ['وأمس الأول', '2025-01-18'],
      ['واليوم الاثنين', '2025-01-20'],
      ['ماي الماضي', '2024-05'],
      ['وأبريل العام الماضي', '2024-04'],
      ['والعام الماضي', '2024'],
      ['والشهر المقبل', '2025-02'],
      ['وأكتوبر المقبل', '2025-10'],
    ]);
  });

  it('takes "May last" as the most recent May strictly before the publication month', () => {
    expect(datesIn('في ماي الماضي', '2025-06-01')[0]?.[1]).toBe('2025-05');
    expect(datesIn('في ماي الماضي', '2025-05-30')[0]?.[1]).toBe('2024-05');
  });

  it('crosses month and year boundaries when resolving yesterday', () => {
    expect(datesIn('اجتمع الوفدان أمس', '2025-01-01')[0]?.[1]).toBe('2024-12-31');
  });

  it('stays unresolved when the publication date is too coarse', () => {
    expect(datesIn('اجتمع الوفدان أمس وفي ماي الماضي والعام الماضي', '2025')).toEqual([
      ['أمس', null, 'day', true],
      ['ماي الماضي', null, 'month', true],
      ['والعام الماضي', '2024', 'year', true],
    ]);
  });

  it('does not read اليوم as today when it means "the day"', () => {
    expect(datesIn('لليوم الثاني على التوالي، في اليوم الوطني، وفي ذلك اليوم')).toEqual([]);
  });

  it('reads the absolute date after اليوم as an absolute date', () => {
    expect(datesIn('استقبل حموشي، اليوم الاثنين 20 يناير 2025، السيد الشودري')).toEqual([
      ['اليوم الاثنين 20 يناير 2025', '2025-01-20', 'day', false],
    ]);
  });

  it('rejects a publication date that is not ISO', () => {
    expect(() => findDates(['أمس'], { publicationDate: '20/01/2025' })).toThrow(RangeError);
  });
});

describe('parseArabicDate', () => {
  it('parses one date and nothing else', () => {
    expect(parseArabicDate('20 يناير 2025')).toEqual({ value: '2025-01-20', precision: 'day' });
    expect(parseArabicDate('سنة 2021')).toEqual({ value: '2021', precision: 'year' });
    expect(parseArabicDate('2025-01-20')).toEqual({ value: '2025-01-20', precision: 'day' });
    expect(parseArabicDate('في 20 يناير 2025 وصل الوفد')).toBeNull();
    expect(parseArabicDate('أمس')).toBeNull();
    expect(parseArabicDate('2025-02-30')).toBeNull();
  });
});
