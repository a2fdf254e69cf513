/**
 * Words and phrases that announce a person: ranks, honorifics, royal and
 * religious titles, and the heads of function titles (`وزير الدفاع …`,
 * `المدير العام …`, `قائد …`).
 *
 * Discovery reads a title, then its complement (`الدفاع الباكستاني`), then
 * the name. The kind decides what the title contributes:
 *
 * - `rank`: military or police rank, kept as a title of the person
 *   (`الفريق أول`, `اللواء الركن`, `الأدميرال`, `الجنرال دو كور دارمي`).
 * - `royal`: hereditary or religious titles, kept (`الملك`, `الأمير`, `الشيخ`).
 * - `function`: heads of office titles that take a complement, kept with
 *   their complement (`وزير` + `الخارجية الباكستاني`).
 * - `kin`: kinship words, whose complement is a relative's title
 *   (`عقيلة الرئيس التركي`, `نجل رئيس الوزراء`): the whole phrase is kept as
 *   the person's title; the office inside it is the relative's, not theirs.
 * - `courtesy`: forms of address, not titles: they announce a name but are
 *   not stored (`السيد`, `السيدة`, `صاحب الجلالة`, `معالي`).
 * - `counterpart`: `نظيره` and its forms: announce a name and, through a
 *   following nisba, its country, but say nothing about the office.
 *
 * Ranks may be followed by the modifiers in `RANK_MODIFIERS`
 * (`اللواء الركن`, `الفريق أول الركن`, `العميد الطيار`), which belong to
 * the rank. Phrases are matched on keys after clitic readings, so
 * `ورئيس` and `بنظيره` are found too.
 */

/** What a title says about the person it announces. */
export type TitleKind = 'rank' | 'royal' | 'function' | 'kin' | 'courtesy' | 'counterpart';

const LIST = `
rank: المشير | الفريق أول | الفريق الأول | الفريق | اللواء | العميد | العقيد | المقدم | الرائد | النقيب | الملازم أول | الملازم | العماد | العماد أول | الأدميرال | الأميرال | نائب الأدميرال | نائب الأميرال | الأدميرال البحري | الجنرال | الجنرال دو كور دارمي | الجنرال دوكور دارمي | الجنرال دو ديفيزيون | الجنرال دو بريغاد | الجنرال ماجور | الجنرال دو بريكاد | الكولونيل | الكولونيل ماجور | الليوتنان كولونيل | الكوماندان | القبطان | الكابتن | المارشال | الماريشال | مارشال الجو | فيلد مارشال | الفيلد مارشال | الفيلدمارشال | قائد السرب | الفريق الطيار | اللواء الطيار | العميد البحري | اللواء البحري | الفريق البحري | المفوض | المراقب العام | العميد الركن
royal: الملك | الملكة | ملك | ملكة | الأمير | الأميرة | ولي العهد | السلطان | الشيخ | الشيخة | الإمام | البابا | الرئيس | الرئيسة | أمير | الحاكم | خادم الحرمين الشريفين
courtesy: السيد | السيدة | السيدين | الآنسة | صاحب الجلالة | جلالة | صاحب السمو | صاحب السمو الملكي | سمو | فخامة | معالي | سعادة | الحاج | الحاجة | الدكتور | الدكتورة | د | البروفيسور | الأستاذ | الأستاذة | المهندس
counterpart: نظيره | نظيرها | نظيرته | نظيرتها | نظيرهم | نظيريه | نظرائه
function: وزير | الوزير | وزيرة | الوزيرة | نائب | النائب | رئيس | رئيسة | قائد | القائد | قائدة | مدير | المدير | مديرة | المديرة | المفتش | مفتش | المفتشة | سفير | السفير | سفيرة | السفيرة | المتحدث | متحدث | المتحدثة | الناطق | الناطقة | الأمين العام | الأمين | أمين | مستشار | المستشار | مستشارة | المستشارة | الملحق | ملحق | منسق | المنسق | محافظ | المحافظ | والي | الوالي | حاكم | عمدة | المبعوث | مبعوث | الموفد | المندوب | مندوب | القنصل | قنصل | كاتب الدولة | كاتبة الدولة | مساعد | المساعد | زعيم | زعيمة | الزعيم | قائد الأركان | رئيس الأركان | رئيس الوزراء | رئيس الحكومة | رئيس الجمهورية | عضو | النائبة | المسؤول | مسؤول | الخبير | العاهل | عاهل | المدعي العام | المدعية العامة | مدعي عام | القائم بالأعمال | القائمة بالأعمال | قائم بالأعمال
kin: عقيلة | حرم | زوجة | أرملة | نجل | نجلة | ابنة | شقيق | شقيقة
`;

/**
 * Titles that are also family names (`رشيد ملك`, Malik): a title only when
 * a country follows (`ملك المغرب`, `بملك الأردن`).
 */
export const COUNTRY_BOUND_TITLES: readonly string[] = ['ملك', 'ملكة'];

/**
 * Titles that are family names when written without their hamza: `قايد`
 * (Gaïd: `أحمد قايد صالح`, `الباجي قايد السبسي`) against `قائد`
 * (commander). Matching keys fold ئ to ي, so only the written word tells
 * them apart.
 */
export const TITLES_SPELLED_AS_NAMES: readonly string[] = ['قايد'];

/**
 * Words that extend a rank (`اللواء الركن`, `الفريق أول ركن`, `العميد الطيار`,
 * `الفريق مهندس`, Libya's `العميد بحار`).
 */
export const RANK_MODIFIERS: readonly string[] = ['الركن', 'ركن', 'أول', 'الأول', 'الطيار', 'طيار', 'البحري', 'بحري', 'بحار', 'الجوي', 'المهندس', 'مهندس', 'الطبيب', 'طبيب', 'حرب'];

/** One title phrase and its kind. */
export interface TitleEntry {
  phrase: string;
  kind: TitleKind;
}

/** The title lexicon, parsed once. */
export const TITLES: readonly TitleEntry[] = LIST.split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .flatMap((line) => {
    const [kind = '', phrases = ''] = line.split(/:\s*/, 2);
    return phrases
      .split('|')
      .map((phrase) => phrase.trim())
      .filter(Boolean)
      .map((phrase) => ({ phrase, kind: kind as TitleKind }));
  });
