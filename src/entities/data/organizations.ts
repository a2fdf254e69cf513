/**
 * International organizations that defence and security coverage names in
 * every dossier, whatever its countries: the United Nations and its
 * missions, the regional unions and alliances, the agencies of arms control
 * and police cooperation.
 *
 * Their names have no head and complement a shape could read (`الأمم
 * المتحدة`, `بريكس`), or read as something else (`الاتحاد الأوروبي` is no
 * union of a country, `الناتو` is an abbreviation), so like the capitals of
 * `places.ts` they are known before any article. A dossier's registry can
 * still give any of them a description or other spellings under the same id
 * (`content/entities/organizations.yaml`), which it overrides.
 *
 * One entry per line: `id | English | Arabic spellings…`, the first Arabic
 * spelling being the display name; abbreviations the press writes in
 * Arabic letters (`الناتو`, `الإنتربول`) are spellings like the others.
 * Spellings that fold to the same key (`الإفريقي`, `الافريقي`) need only be
 * listed once.
 */
const LIST = `
united-nations | United Nations | الأمم المتحدة | هيئة الأمم المتحدة | منظمة الأمم المتحدة
un-security-council | UN Security Council | مجلس الأمن الدولي | مجلس الأمن التابع للأمم المتحدة
un-general-assembly | UN General Assembly | الجمعية العامة للأمم المتحدة
unifil | UNIFIL | قوة الأمم المتحدة المؤقتة في لبنان | قوات الأمم المتحدة المؤقتة في لبنان | اليونيفيل
minurso | MINURSO | بعثة الأمم المتحدة لتنظيم الاستفتاء في الصحراء الغربية | المينورسو
arab-league | Arab League | جامعة الدول العربية | الجامعة العربية
african-union | African Union | الاتحاد الأفريقي | الاتحاد الإفريقي
european-union | European Union | الاتحاد الأوروبي
nato | NATO | حلف شمال الأطلسي | حلف الناتو | الناتو | حلف الأطلسي
gcc | Gulf Cooperation Council | مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية
oic | Organisation of Islamic Cooperation | منظمة التعاون الإسلامي
arab-maghreb-union | Arab Maghreb Union | اتحاد المغرب العربي
imctc | Islamic Military Counter Terrorism Coalition | التحالف الإسلامي العسكري لمحاربة الإرهاب | التحالف الإسلامي العسكري
interpol | Interpol | الإنتربول | المنظمة الدولية للشرطة الجنائية
iaea | IAEA | الوكالة الدولية للطاقة الذرية
sco | Shanghai Cooperation Organisation | منظمة شنغهاي للتعاون
asean | ASEAN | رابطة دول جنوب شرق آسيا | آسيان
brics | BRICS | مجموعة بريكس | بريكس
ecowas | ECOWAS | المجموعة الاقتصادية لدول غرب أفريقيا | إيكواس
`;

/** One row of the table. */
export interface OrganizationRow {
  id: string;
  nameEn: string;
  /** Arabic spellings; the first is the display name. */
  names: string[];
}

/** The table, parsed once. */
export const ORGANIZATIONS: readonly OrganizationRow[] = LIST.split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => {
    const [id = '', nameEn = '', ...names] = line.split('|').map((cell) => cell.trim());
    return { id, nameEn, names: names.filter(Boolean) };
  });
