/**
 * The vocabulary of the synthetic dossier: who, where, which body, when.
 *
 * Everything the pipeline has to recognise is here in the forms the press
 * actually uses, so that a synthetic article costs the annotator what a real
 * one does: countries with their nisba adjectives (`الباكستانية`,
 * `المغربي`) and capitals with spelling variants (`إسلام آباد` /
 * `إسلام أباد` / `اسلام اباد`), ranks and titles that introduce officials
 * (`الفريق أول`، `اللواء`، `السفير`، `وزير الدفاع`), organizations and
 * events of the defence/security genre, the three month-name families and the
 * relative date expressions, news outlets with the month family of their
 * region, and page furniture lines copied from real seeds.
 *
 * The person-name lexicon (first names × family names) feeds the long tail of
 * unregistered officials: every rank in the distribution maps to a distinct
 * full name (see `officialName` in generate.ts), up to
 * `FIRST_NAMES.length × FAMILY_NAMES.length` people.
 */

/** A country as the press writes it. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** Masculine and feminine nisba, with the article: `المغربي`، `المغربية`. */
  nisbaM: string;
  nisbaF: string;
  /** Capital, then other spellings of it. */
  capitals: string[];
  /** Other places in the country that appear in the genre. */
  places: string[];
  /** Weight in the dossier: the three countries the dossier is about are mentioned far more. */
  weight: number;
}

export const COUNTRIES: readonly Country[] = [
  { code: 'MA', name: 'المغرب', nisbaM: 'المغربي', nisbaF: 'المغربية', capitals: ['الرباط'], places: ['الداخلة', 'طنجة', 'بنجرير', 'القنيطرة', 'أكادير'], weight: 30 },
  { code: 'PK', name: 'باكستان', nisbaM: 'الباكستاني', nisbaF: 'الباكستانية', capitals: ['إسلام آباد', 'إسلام أباد', 'اسلام اباد'], places: ['كراتشي', 'لاهور', 'راولبندي', 'بيشاور'], weight: 30 },
  { code: 'EG', name: 'مصر', nisbaM: 'المصري', nisbaF: 'المصرية', capitals: ['القاهرة'], places: ['الإسكندرية', 'العلمين', 'مرسى مطروح'], weight: 18 },
  { code: 'SA', name: 'السعودية', nisbaM: 'السعودي', nisbaF: 'السعودية', capitals: ['الرياض'], places: ['جدة', 'الظهران', 'تبوك'], weight: 10 },
  { code: 'AE', name: 'الإمارات', nisbaM: 'الإماراتي', nisbaF: 'الإماراتية', capitals: ['أبوظبي', 'أبو ظبي'], places: ['دبي'], weight: 7 },
  { code: 'TR', name: 'تركيا', nisbaM: 'التركي', nisbaF: 'التركية', capitals: ['أنقرة'], places: ['إسطنبول', 'إزمير'], weight: 7 },
  { code: 'DZ', name: 'الجزائر', nisbaM: 'الجزائري', nisbaF: 'الجزائرية', capitals: ['الجزائر العاصمة'], places: ['وهران', 'قسنطينة'], weight: 4 },
  { code: 'TN', name: 'تونس', nisbaM: 'التونسي', nisbaF: 'التونسية', capitals: ['تونس العاصمة'], places: ['بنزرت', 'صفاقس'], weight: 3 },
  { code: 'MR', name: 'موريتانيا', nisbaM: 'الموريتاني', nisbaF: 'الموريتانية', capitals: ['نواكشوط'], places: ['نواذيبو'], weight: 3 },
  { code: 'LY', name: 'ليبيا', nisbaM: 'الليبي', nisbaF: 'الليبية', capitals: ['طرابلس'], places: ['بنغازي'], weight: 3 },
  { code: 'SD', name: 'السودان', nisbaM: 'السوداني', nisbaF: 'السودانية', capitals: ['الخرطوم'], places: ['بورتسودان'], weight: 2 },
  { code: 'JO', name: 'الأردن', nisbaM: 'الأردني', nisbaF: 'الأردنية', capitals: ['عمان'], places: ['العقبة'], weight: 3 },
  { code: 'IQ', name: 'العراق', nisbaM: 'العراقي', nisbaF: 'العراقية', capitals: ['بغداد'], places: ['البصرة', 'أربيل'], weight: 3 },
  { code: 'QA', name: 'قطر', nisbaM: 'القطري', nisbaF: 'القطرية', capitals: ['الدوحة'], places: [], weight: 4 },
  { code: 'KW', name: 'الكويت', nisbaM: 'الكويتي', nisbaF: 'الكويتية', capitals: ['مدينة الكويت'], places: [], weight: 2 },
  { code: 'BH', name: 'البحرين', nisbaM: 'البحريني', nisbaF: 'البحرينية', capitals: ['المنامة'], places: [], weight: 2 },
  { code: 'OM', name: 'سلطنة عمان', nisbaM: 'العماني', nisbaF: 'العمانية', capitals: ['مسقط'], places: ['صلالة'], weight: 2 },
  { code: 'YE', name: 'اليمن', nisbaM: 'اليمني', nisbaF: 'اليمنية', capitals: ['صنعاء'], places: ['عدن'], weight: 1 },
  { code: 'IR', name: 'إيران', nisbaM: 'الإيراني', nisbaF: 'الإيرانية', capitals: ['طهران'], places: [], weight: 3 },
  { code: 'IN', name: 'الهند', nisbaM: 'الهندي', nisbaF: 'الهندية', capitals: ['نيودلهي'], places: ['مومباي'], weight: 5 },
  { code: 'CN', name: 'الصين', nisbaM: 'الصيني', nisbaF: 'الصينية', capitals: ['بكين'], places: ['شنغهاي'], weight: 6 },
  { code: 'RU', name: 'روسيا', nisbaM: 'الروسي', nisbaF: 'الروسية', capitals: ['موسكو'], places: [], weight: 4 },
  { code: 'US', name: 'الولايات المتحدة', nisbaM: 'الأمريكي', nisbaF: 'الأمريكية', capitals: ['واشنطن'], places: [], weight: 8 },
  { code: 'FR', name: 'فرنسا', nisbaM: 'الفرنسي', nisbaF: 'الفرنسية', capitals: ['باريس'], places: ['تولون'], weight: 5 },
  { code: 'ES', name: 'إسبانيا', nisbaM: 'الإسباني', nisbaF: 'الإسبانية', capitals: ['مدريد'], places: [], weight: 4 },
  { code: 'IT', name: 'إيطاليا', nisbaM: 'الإيطالي', nisbaF: 'الإيطالية', capitals: ['روما'], places: [], weight: 2 },
  { code: 'DE', name: 'ألمانيا', nisbaM: 'الألماني', nisbaF: 'الألمانية', capitals: ['برلين'], places: [], weight: 2 },
  { code: 'GB', name: 'المملكة المتحدة', nisbaM: 'البريطاني', nisbaF: 'البريطانية', capitals: ['لندن'], places: [], weight: 3 },
  { code: 'PT', name: 'البرتغال', nisbaM: 'البرتغالي', nisbaF: 'البرتغالية', capitals: ['لشبونة'], places: [], weight: 1 },
  { code: 'BE', name: 'بلجيكا', nisbaM: 'البلجيكي', nisbaF: 'البلجيكية', capitals: ['بروكسل'], places: [], weight: 1 },
  { code: 'GR', name: 'اليونان', nisbaM: 'اليوناني', nisbaF: 'اليونانية', capitals: ['أثينا'], places: [], weight: 1 },
  { code: 'PL', name: 'بولندا', nisbaM: 'البولندي', nisbaF: 'البولندية', capitals: ['وارسو'], places: [], weight: 1 },
  { code: 'UA', name: 'أوكرانيا', nisbaM: 'الأوكراني', nisbaF: 'الأوكرانية', capitals: ['كييف'], places: [], weight: 1 },
  { code: 'CA', name: 'كندا', nisbaM: 'الكندي', nisbaF: 'الكندية', capitals: ['أوتاوا'], places: [], weight: 1 },
  { code: 'BR', name: 'البرازيل', nisbaM: 'البرازيلي', nisbaF: 'البرازيلية', capitals: ['برازيليا'], places: [], weight: 1 },
  { code: 'JP', name: 'اليابان', nisbaM: 'الياباني', nisbaF: 'اليابانية', capitals: ['طوكيو'], places: [], weight: 1 },
  { code: 'KR', name: 'كوريا الجنوبية', nisbaM: 'الكوري الجنوبي', nisbaF: 'الكورية الجنوبية', capitals: ['سيول'], places: [], weight: 2 },
  { code: 'ID', name: 'إندونيسيا', nisbaM: 'الإندونيسي', nisbaF: 'الإندونيسية', capitals: ['جاكرتا'], places: [], weight: 2 },
  { code: 'MY', name: 'ماليزيا', nisbaM: 'الماليزي', nisbaF: 'الماليزية', capitals: ['كوالالمبور'], places: [], weight: 2 },
  { code: 'BD', name: 'بنغلاديش', nisbaM: 'البنغلاديشي', nisbaF: 'البنغلاديشية', capitals: ['دكا'], places: [], weight: 1 },
  { code: 'AF', name: 'أفغانستان', nisbaM: 'الأفغاني', nisbaF: 'الأفغانية', capitals: ['كابول'], places: [], weight: 2 },
  { code: 'AZ', name: 'أذربيجان', nisbaM: 'الأذربيجاني', nisbaF: 'الأذربيجانية', capitals: ['باكو'], places: [], weight: 2 },
  { code: 'KZ', name: 'كازاخستان', nisbaM: 'الكازاخستاني', nisbaF: 'الكازاخستانية', capitals: ['أستانا'], places: [], weight: 1 },
  { code: 'UZ', name: 'أوزبكستان', nisbaM: 'الأوزبكي', nisbaF: 'الأوزبكية', capitals: ['طشقند'], places: [], weight: 1 },
  { code: 'NG', name: 'نيجيريا', nisbaM: 'النيجيري', nisbaF: 'النيجيرية', capitals: ['أبوجا'], places: ['لاغوس'], weight: 2 },
  { code: 'SN', name: 'السنغال', nisbaM: 'السنغالي', nisbaF: 'السنغالية', capitals: ['داكار'], places: [], weight: 2 },
  { code: 'ML', name: 'مالي', nisbaM: 'المالي', nisbaF: 'المالية', capitals: ['باماكو'], places: [], weight: 1 },
  { code: 'NE', name: 'النيجر', nisbaM: 'النيجري', nisbaF: 'النيجرية', capitals: ['نيامي'], places: [], weight: 1 },
  { code: 'TD', name: 'تشاد', nisbaM: 'التشادي', nisbaF: 'التشادية', capitals: ['نجامينا'], places: [], weight: 1 },
  { code: 'ET', name: 'إثيوبيا', nisbaM: 'الإثيوبي', nisbaF: 'الإثيوبية', capitals: ['أديس أبابا'], places: [], weight: 1 },
  { code: 'KE', name: 'كينيا', nisbaM: 'الكيني', nisbaF: 'الكينية', capitals: ['نيروبي'], places: [], weight: 1 },
  { code: 'ZA', name: 'جنوب إفريقيا', nisbaM: 'الجنوب إفريقي', nisbaF: 'الجنوب إفريقية', capitals: ['بريتوريا'], places: [], weight: 1 },
  { code: 'CI', name: 'كوت ديفوار', nisbaM: 'الإيفواري', nisbaF: 'الإيفوارية', capitals: ['أبيدجان'], places: [], weight: 1 },
  { code: 'GA', name: 'الغابون', nisbaM: 'الغابوني', nisbaF: 'الغابونية', capitals: ['ليبرفيل'], places: [], weight: 1 },
];

/** Organizations and bodies of the genre; `country` ties national ones to their state. */
export interface Organization {
  name: string;
  country?: string;
}

export const ORGANIZATIONS: readonly Organization[] = [
  { name: 'القوات المسلحة الملكية', country: 'MA' },
  { name: 'المديرية العامة للأمن الوطني', country: 'MA' },
  { name: 'المديرية العامة لمراقبة التراب الوطني', country: 'MA' },
  { name: 'الدرك الملكي', country: 'MA' },
  { name: 'البحرية الباكستانية', country: 'PK' },
  { name: 'سلاح الجو الباكستاني', country: 'PK' },
  { name: 'هيئة الأركان المشتركة الباكستانية', country: 'PK' },
  { name: 'الاستخبارات الباكستانية', country: 'PK' },
  { name: 'القوات المسلحة المصرية', country: 'EG' },
  { name: 'الهيئة العربية للتصنيع', country: 'EG' },
  { name: 'وزارة الدفاع السعودية', country: 'SA' },
  { name: 'الهيئة العامة للصناعات العسكرية', country: 'SA' },
  { name: 'حلف شمال الأطلسي' },
  { name: 'الأمم المتحدة' },
  { name: 'مجلس الأمن الدولي' },
  { name: 'الاتحاد الإفريقي' },
  { name: 'الاتحاد الأوروبي' },
  { name: 'جامعة الدول العربية' },
  { name: 'منظمة التعاون الإسلامي' },
  { name: 'مجلس التعاون لدول الخليج العربية' },
  { name: 'منظمة شنغهاي للتعاون' },
  { name: 'الإنتربول' },
  { name: 'التحالف الإسلامي العسكري لمحاربة الإرهاب' },
  { name: 'الوكالة الدولية للطاقة الذرية' },
];

/** Armed groups the security articles name. */
export const ARMED_GROUPS: readonly string[] = ['القاعدة', 'داعش', 'بوكو حرام', 'حركة طالبان باكستان', 'تنظيم الدولة في الصحراء الكبرى'];

/** Exercises, shows and summits: the events of the genre. */
export const EVENTS: readonly string[] = [
  'مناورات الأسد الإفريقي',
  'معرض الدفاع الدولي',
  'معرض آيدكس',
  'معرض دبي للطيران',
  'مناورات درع الخليج',
  'تمرين الصداقة',
  'مناورات أمان البحرية',
  'معرض مراكش الجوي',
  'مؤتمر ميونيخ للأمن',
  'حوار المنامة',
  'تمرين هرقل',
  'مناورات بدر',
];

/** Exercises written in Latin letters in Arabic text, as the press quotes them. */
export const LATIN_EXERCISES: readonly string[] = ['Indus Shield', 'African Lion', 'Bright Star', 'Sea Breeze', 'Flintlock'];

/**
 * Officials when the registry is empty: the people the five seeds name, with
 * the title the seeds give them and their country.
 */
export const SEED_OFFICIALS: readonly { name: string; title: string; country: string }[] = [
  { name: 'عبد اللطيف حموشي', title: 'المدير العام للأمن الوطني ولمراقبة التراب الوطني', country: 'MA' },
  { name: 'محمد كديح', title: 'مفتش القوات الجوية الملكية', country: 'MA' },
  { name: 'نافيد أشرف', title: 'قائد البحرية الباكستانية', country: 'PK' },
  { name: 'محمد سامي الرحمان', title: 'سفير جمهورية باكستان الإسلامية بالمغرب', country: 'PK' },
  { name: 'محمد كرمون', title: 'السفير المغربي بإسلام أباد', country: 'MA' },
  { name: 'جليل عباس الجيلاني', title: 'وزير الخارجية الباكستاني', country: 'PK' },
  { name: 'عبد اللطيف لوديي', title: 'الوزير المنتدب المكلف بإدارة الدفاع الوطني', country: 'MA' },
  { name: 'محمد آصف خواجة', title: 'وزير الدفاع الباكستاني', country: 'PK' },
  { name: 'محمد بريظ', title: 'المفتش العام للقوات المسلحة الملكية', country: 'MA' },
  { name: 'عبد الفتاح السيسي', title: 'الرئيس المصري', country: 'EG' },
  { name: 'رحيل شريف', title: 'رئيس هيئة أركان القوات البرية الباكستانية', country: 'PK' },
  { name: 'صدقي صبحي', title: 'وزير الدفاع المصري', country: 'EG' },
  { name: 'محمود حجازي', title: 'رئيس أركان الجيش المصري', country: 'EG' },
  { name: 'راشد محمود', title: 'قائد الأركان', country: 'PK' },
  { name: 'سلمان الشودري', title: 'المفتش العام للشرطة بالنيابة بوزارة الداخلية الباكستانية', country: 'PK' },
];

/** First names: Maghreb, Mashreq, Gulf and South Asian. */
export const FIRST_NAMES: readonly string[] = [
  'محمد', 'أحمد', 'خالد', 'يوسف', 'عمر', 'طارق', 'حسن', 'حسين', 'سعيد', 'كريم',
  'مصطفى', 'إبراهيم', 'إسماعيل', 'عبد الرحيم', 'عبد الله', 'عبد العزيز', 'عبد الحميد', 'عبد الكريم', 'عبد السلام', 'عبد الرحمن',
  'نور الدين', 'صلاح الدين', 'جمال', 'رشيد', 'منير', 'هشام', 'فؤاد', 'نبيل', 'عادل', 'سمير',
  'مراد', 'ياسين', 'إدريس', 'العربي', 'الحسن', 'المهدي', 'عزيز', 'حميد', 'لحسن', 'بوشعيب',
  'وليد', 'ماجد', 'فيصل', 'سلطان', 'بندر', 'تركي', 'ناصر', 'فهد', 'سعود', 'منصور',
  'زياد', 'باسل', 'مازن', 'عماد', 'أيمن', 'أسامة', 'شريف', 'هاني', 'عصام', 'علاء',
  'عمران', 'شهباز', 'عاصم', 'قمر', 'نديم', 'ظفر', 'جاويد', 'أنور', 'إقبال', 'فاروق',
  'ساجد', 'زبير', 'بلال', 'حمزة', 'عرفان', 'شاهد', 'طاهر', 'نعمان', 'وقار', 'عامر',
  'قاسم', 'جعفر', 'رضا', 'مهدي', 'كمال', 'توفيق', 'لطفي', 'الطيب', 'الصادق',
];

/** Family names of the same regions. */
export const FAMILY_NAMES: readonly string[] = [
  'العلوي', 'الإدريسي', 'بنعلي', 'الفاسي', 'المنصوري', 'الحسيني', 'التازي', 'بنجلون', 'الكتاني', 'الشرقاوي',
  'الوزاني', 'العمراني', 'البقالي', 'الطاهري', 'الزموري', 'بنكيران', 'السلاوي', 'المراكشي', 'الدكالي', 'الرحماني',
  'الحسني', 'البوعزاوي', 'الخطابي', 'أمزيان', 'أوحمو', 'بوزيان', 'الصنهاجي', 'الريفي', 'الغماري', 'اليعقوبي',
  'عبد الرازق', 'الشاذلي', 'عبد الغفار', 'المنياوي', 'الجمال', 'السيد', 'حافظ', 'فوزي', 'شاكر', 'سليمان',
  'عبد المجيد', 'الشناوي', 'رمضان', 'عثمان', 'النجار', 'الحداد', 'الخياط', 'العطار', 'القحطاني', 'العتيبي',
  'الشهري', 'الدوسري', 'الغامدي', 'الزهراني', 'المطيري', 'الكعبي', 'النعيمي', 'الشامسي', 'المهيري', 'الظاهري',
  'خان', 'شودري', 'قريشي', 'باجوا', 'ملك', 'بات', 'ميرزا', 'عباسي', 'رانا', 'صديقي',
  'جنجوعة', 'أعوان', 'ستي', 'حيدر', 'نيازي', 'أفريدي', 'يوسفزاي', 'بلوش', 'بهاتي', 'غيلاني',
  'أوزتورك', 'يلماز', 'شاهين', 'أرسلان', 'التميمي', 'الجبوري', 'العبيدي', 'الدليمي', 'الخزرجي', 'المعايطة',
  'الروابدة', 'الطراونة', 'المجالي', 'بن سالم', 'الطرابلسي', 'بن عمار', 'الماجري',
];

/**
 * Ranks and titles that introduce an official. `nisba` says whether the
 * title takes the country's nisba after it (`وزير الدفاع الباكستاني`) and in
 * which gender (`قائد القوات البحرية المصرية`).
 */
export interface Title {
  text: string;
  /** Prefix rank (`اللواء X`) or appositive title (`X، رئيس أركان …`). */
  kind: 'rank' | 'title';
  nisba: 'm' | 'f' | 'none';
}

export const TITLES: readonly Title[] = [
  { text: 'الفريق أول', kind: 'rank', nisba: 'none' },
  { text: 'الفريق', kind: 'rank', nisba: 'none' },
  { text: 'اللواء', kind: 'rank', nisba: 'none' },
  { text: 'العميد', kind: 'rank', nisba: 'none' },
  { text: 'العقيد', kind: 'rank', nisba: 'none' },
  { text: 'الأدميرال', kind: 'rank', nisba: 'none' },
  { text: 'الجنرال', kind: 'rank', nisba: 'none' },
  { text: 'الماريشال', kind: 'rank', nisba: 'none' },
  { text: 'السفير', kind: 'rank', nisba: 'm' },
  { text: 'وزير الدفاع', kind: 'title', nisba: 'm' },
  { text: 'وزير الخارجية', kind: 'title', nisba: 'm' },
  { text: 'وزير الداخلية', kind: 'title', nisba: 'm' },
  { text: 'رئيس هيئة الأركان العامة للجيش', kind: 'title', nisba: 'm' },
  { text: 'قائد القوات البحرية', kind: 'title', nisba: 'f' },
  { text: 'قائد القوات الجوية', kind: 'title', nisba: 'f' },
  { text: 'قائد القوات البرية', kind: 'title', nisba: 'f' },
  { text: 'مدير المخابرات العسكرية', kind: 'title', nisba: 'f' },
  { text: 'الملحق العسكري بالسفارة', kind: 'title', nisba: 'f' },
  { text: 'رئيس لجنة الدفاع بالبرلمان', kind: 'title', nisba: 'm' },
  { text: 'نائب وزير الدفاع', kind: 'title', nisba: 'm' },
  { text: 'المفتش العام للقوات المسلحة', kind: 'title', nisba: 'f' },
  { text: 'مستشار الأمن القومي', kind: 'title', nisba: 'm' },
];

/** Month names of the three families, January first. */
export const MONTHS = {
  maghreb: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  egypt: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levant: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
} as const;

export type MonthFamily = keyof typeof MONTHS;

export const WEEKDAYS: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Outlets and agencies, with the month family of their region. */
export const OUTLETS: readonly { name: string; family: MonthFamily; agency: boolean }[] = [
  { name: 'هسبريس', family: 'maghreb', agency: false },
  { name: 'تليكسبريس', family: 'maghreb', agency: false },
  { name: 'اليوم 24', family: 'maghreb', agency: false },
  { name: 'الأيام 24', family: 'maghreb', agency: false },
  { name: 'وكالة المغرب العربي للأنباء', family: 'maghreb', agency: true },
  { name: 'الأناضول', family: 'egypt', agency: true },
  { name: 'الأهرام', family: 'egypt', agency: false },
  { name: 'اليوم السابع', family: 'egypt', agency: false },
  { name: 'المصري اليوم', family: 'egypt', agency: false },
  { name: 'واس', family: 'egypt', agency: true },
  { name: 'وام', family: 'egypt', agency: true },
  { name: 'رويترز', family: 'egypt', agency: true },
  { name: 'الشرق الأوسط', family: 'egypt', agency: false },
  { name: 'النهار', family: 'levant', agency: false },
  { name: 'الميادين', family: 'levant', agency: false },
  { name: 'شفق نيوز', family: 'levant', agency: false },
  { name: 'عمون', family: 'levant', agency: false },
  { name: 'بترا', family: 'levant', agency: true },
];

/** Page furniture lines seen in the seeds and their sources; `{n}` and `{outlet}` are filled in. */
export const FURNITURE: readonly string[] = [
  'تعليقات( {n} )',
  '1000 / 1000 (عدد الأحرف المتبقية)',
  'شارك الموضوع',
  'مواضيع ذات صلة',
  'تابع آخبار {outlet} على akhbar',
  'اقرأ أيضا',
  'أضف تعليقك',
];

/** Fields of cooperation, for enumerations. */
export const FIELDS: readonly string[] = [
  'التكوين والتدريب',
  'تنظيم مناورات عسكرية مشتركة',
  'الأمن السيبراني',
  'الصناعات الدفاعية',
  'الصحة العسكرية',
  'تبادل الخبرات والتجارب',
  'مكافحة الإرهاب',
  'الأمن البحري',
  'تبادل المعلومات الاستخباراتية',
  'مكافحة الهجرة غير الشرعية',
  'الاتجار بالبشر',
  'نزع الألغام',
  'حفظ السلام',
  'الطيران العسكري',
  'الدفاع الجوي',
  'صيانة المعدات',
];

/** Equipment the genre names. */
export const EQUIPMENT: readonly string[] = [
  'طائرات مسيرة',
  'مقاتلات JF-17',
  'مروحيات هجومية',
  'منظومات دفاع جوي',
  'زوارق دورية',
  'مدرعات',
  'فرقاطات',
  'ذخائر موجهة',
  'رادارات للمراقبة الساحلية',
];
