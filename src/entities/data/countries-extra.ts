/**
 * What the press calls countries beyond their ISO short names.
 *
 * `countries.ts` generates most forms by rule (nisba adjectives from the
 * name, `جمهورية X`, `الجمهورية` + nisba); this file holds what no rule
 * can produce: long official names, other common spellings, nisbas whose
 * stem is not the name (`أمريكي`, `بريطاني`, `إماراتي`), broken plurals
 * (`المغاربة`, `الأتراك`, `الروس`), and the few names that are also common
 * words and must only match in safe company.
 *
 * Each line: `ISO | kind | forms separated by |`. Kinds:
 * - `alias`: another name of the country (long official forms, spellings).
 * - `stem`: a masculine singular nisba stem; all genders and numbers are
 *   generated from it (`أمريكي` → `الأمريكية`, `الأمريكيين` …).
 * - `nostem`: do not derive a nisba from the name (`مالي` is also
 *   "financial"; `جيبوتي` already ends in the nisba ي).
 * - `form`: a form matched as is, with and without ال: broken plurals
 *   (`المغاربة`, `الأتراك`) and nisbas no stem yields (`الجنوب إفريقي`, the
 *   article on the first word only).
 * - `guard`: the country name itself is a common word; match it only after
 *   a preposition or a country noun (`في مالي`, `جمهورية مالي`).
 */
const LIST = `
MA | alias | المملكة المغربية
MA | form | المغاربة
PK | alias | جمهورية باكستان الإسلامية | الجمهورية الإسلامية الباكستانية
EG | alias | جمهورية مصر العربية | أرض الكنانة
SA | alias | المملكة العربية السعودية | السعودية
DZ | alias | الجمهورية الجزائرية الديمقراطية الشعبية | الجمهورية الجزائرية
TN | alias | الجمهورية التونسية
LY | alias | دولة ليبيا
MR | alias | الجمهورية الإسلامية الموريتانية
JO | alias | المملكة الأردنية الهاشمية | المملكة الأردنية
IQ | alias | جمهورية العراق
SY | alias | الجمهورية العربية السورية | سورية
LB | alias | الجمهورية اللبنانية
AE | alias | الإمارات | دولة الإمارات | دولة الإمارات العربية المتحدة | الامارات العربية
AE | stem | إماراتي
QA | alias | دولة قطر
KW | alias | دولة الكويت
BH | alias | مملكة البحرين
OM | alias | سلطنة عمان
YE | alias | الجمهورية اليمنية
SD | alias | جمهورية السودان
IR | alias | الجمهورية الإسلامية الإيرانية | جمهورية إيران الإسلامية | الجمهورية الإسلامية في إيران
TR | alias | الجمهورية التركية | تركيّا | جمهورية تركيا
TR | form | الأتراك
US | alias | الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | أمريكا | أميركا | الولايات المتحدة
US | stem | أمريكي | أميركي
US | form | الأمريكان | الأميركان
GB | alias | بريطانيا | بريطانيا العظمى | المملكة المتحدة
GB | stem | بريطاني
RU | alias | روسيا الاتحادية | الاتحاد الروسي
RU | form | الروس
CN | alias | جمهورية الصين الشعبية
IN | alias | جمهورية الهند
IN | form | الهنود
FR | alias | الجمهورية الفرنسية
DE | alias | جمهورية ألمانيا الاتحادية
DE | form | الألمان
ES | alias | أسبانيا | المملكة الإسبانية
ES | form | الإسبان
KR | alias | كوريا الجنوبية | جمهورية كوريا
KR | stem | كوري جنوبي
KP | alias | كوريا الشمالية | كوريا الديمقراطية | جمهورية كوريا الديمقراطية الشعبية
KP | stem | كوري شمالي
ZA | alias | جنوب إفريقيا | جنوب افريقيا
ZA | form | الجنوب إفريقي | الجنوب أفريقي | الجنوب إفريقية | الجنوب أفريقية | الجنوب إفريقيين | الجنوب أفريقيين
AF | stem | أفغاني
UZ | stem | أوزبكي | أوزبكستاني
KZ | stem | كازاخي | كازاخستاني
TJ | stem | طاجيكي | طاجيكستاني
TM | stem | تركماني | تركمانستاني
KG | stem | قرغيزي | قيرغيزي | قرغيزستاني | قيرغيزستاني
AF | form | الأفغان
AT | stem | نمساوي
PE | stem | بيروفي
TG | stem | توغولي
CI | alias | كوت ديفوار
CI | stem | إيفواري
BF | stem | بوركينابي
CG | stem | كونغولي
CD | stem | كونغولي
MM | alias | ميانمار
MM | stem | ميانماري
BY | alias | بيلاروسيا
BY | stem | بيلاروسي
CZ | alias | التشيك
CZ | stem | تشيكي
SZ | alias | إسواتيني
CV | alias | كابو فيردي
MK | alias | مقدونيا
NL | alias | المملكة الهولندية
PS | alias | دولة فلسطين
IL | alias | دولة إسرائيل
BA | stem | بوسني
VA | alias | الفاتيكان
CL | alias | الشيلي
SN | alias | السينغال
ET | alias | أثيوبيا
PH | alias | الفيليبين
BD | alias | بنغلادش
LK | alias | سري لانكا
TH | alias | تايلند
KG | alias | قرغيزستان
AO | alias | أنجولا
GT | alias | جواتيمالا
NG | alias | نيجريا
UA | alias | أوكرانيا
GE | alias | جمهورية جورجيا
ML | nostem |
ML | guard | مالي
DJ | nostem |
ZW | nostem |
CL | nostem |
`;

/** Kinds of curated country forms. */
export type CountryFormKind = 'alias' | 'stem' | 'nostem' | 'form' | 'guard';

/** Curated forms by ISO code and kind, parsed once. */
export const COUNTRY_FORMS: ReadonlyMap<string, Readonly<Record<CountryFormKind, readonly string[]>>> = (() => {
  const byCode = new Map<string, Record<CountryFormKind, string[]>>();
  for (const line of LIST.split('\n')) {
    if (!line.trim()) continue;
    const [code = '', kind = '', ...forms] = line.split('|').map((cell) => cell.trim());
    let entry = byCode.get(code);
    if (!entry) {
      entry = { alias: [], stem: [], nostem: [], form: [], guard: [] };
      byCode.set(code, entry);
    }
    const list = entry[kind as CountryFormKind];
    list.push(...forms.filter(Boolean));
    if (kind === 'nostem') list.push('');
  }
  return byCode;
})();

/** Countries whose regime nouns take `المملكة` + nisba (`المملكة المغربية`); others take `الجمهورية`. */
export const MONARCHIES: readonly string[] = ['MA', 'SA', 'JO', 'BH', 'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'TH', 'JP'];

/** Words before a guarded name that make it a country (`في مالي`, `جمهورية مالي`). */
export const GUARD_PRECEDERS: readonly string[] = ['في', 'إلى', 'الى', 'من', 'مع', 'عن', 'دولة', 'جمهورية', 'شمال', 'جنوب', 'وسط', 'شرق', 'غرب', 'حكومة', 'سلطنة', 'بين', 'لدى', 'داخل', 'خارج', 'سفير', 'سفارة'];
