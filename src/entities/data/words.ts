/**
 * Closed word lists that tell a name apart from the text around it.
 *
 * Arabic has no capital letters, so the end of a name is found by what comes
 * after it: punctuation, a particle, a verb, a time word, a title. These
 * lists hold the common ones of news prose; they are matched on keys
 * (`normalizeArabic`), so `إلى` and `الى` are one entry, and after stripping
 * a conjunction (`وأكد` → `أكد`). They are deliberately about grammar and
 * news style, never about particular articles.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * Particles, pronouns, demonstratives, relatives, time words: never part of
 * a name. Among them, ب before the nouns that start with و most often
 * used so (`بوضع`, `بوجود`), which read like a Maghreb name in بو
 * (`بوشعيب`, `بوريطة`): `والملحق العسكري الباكستاني بوضع إكليل` is no one.
 */
export const STOP_WORDS: readonly string[] = words(`
في من إلى الى على عن مع بين حول بحضور حضور برفقة رفقة بمعية خلال عبر ضد منذ نحو لدى عند حتى قبل بعد أمام وراء تحت فوق دون ضمن إثر عقب وفق وفقا حسب بحسب طبقا لصالح جانب
بوضع بوصف بوجود بوقف بوصول بوساطة
أن إن أنه إنه أنها إنها لأن كأن لكن لكنه بل أو أم ثم إذا إذ حيث كما كي لكي لو لولا ما ماذا لماذا متى أين كيف هل لا لم لن ليس ليست قد لقد سوف
الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي من ما هذا هذه ذلك تلك هذان هاتان هؤلاء أولئك هنا هناك
هو هي هم هما هن نحن أنا أنت أنتم إياه له لها لهم لهما به بها بهم منه منها منهم فيه فيها عليه عليها إليه إليها عنه عنها معه معها
كل بعض أي غير سوى جميع كافة عدة عدد مختلف أكثر أقل أيضا أيضاً فقط بينما فيما مما بما عما ممن كذلك لذلك هكذا
سبل أوجه
حسبما كلما طالما ريثما حيثما عندما لما مثلما بعدما قبلما
ضباط أعضاء ممثلو ممثلي مسؤولو مسؤولي قادة كبار
أمس امس اليوم غدا غداً الآن حاليا حاليًا حالياً مساء صباح ظهر ليلة ليل يوم أيام الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
سنة عام العام شهر الشهر أسبوع الأسبوع الماضي الماضية المقبل المقبلة الجاري الجارية القادم القادمة الحالي الحالية الأول الأخير الأخيرة
مطلع أوائل أواسط منتصف أواخر نهاية بداية
يناير فبراير مارس أبريل ابريل أفريل ماي مايو يونيو يونيه يوليو يوليوز أغسطس غشت أوت سبتمبر شتنبر أكتوبر نوفمبر نونبر ديسمبر دجنبر جانفي فيفري جوان جويلية
كانون تشرين شباط آذار نيسان أيار حزيران تموز آب أيلول
قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن أوضح أوضحت يوضح أشار أشارت يشير أضاف أضافت يضيف شدد شددت يشدد دعا دعت يدعو
أعرب أعربت عبر عبرت يعبر أشاد أشادت يشيد ثمن نوه نوهت استقبل استقبلت يستقبل تستقبل التقى التقت يلتقي تلتقي التقي اجتمع اجتمعت يجتمع
زار زارت يزور تزور بحث بحثت يبحث تبحث ناقش ناقشت يناقش تباحث تباحثا وقع وقعت يوقع ترأس ترأست يترأس حضر حضرت يحضر شارك شاركت يشارك تشارك
أجرى أجرت يجري جرى جرت تم يتم تمت كشف كشفت يكشف ذكر ذكرت يذكر أفاد أفادت يفيد نقل نقلت ينقل صرح صرحت يصرح وصل وصلت يصل غادر غادرت يغادر
حل حلت توجه توجهت عاد عادت رافق رافقت تلقى تلقت هنأ بعث أبرق يرأس يقود قاد عين عينت أقال تولى يتولى شغل خلف أدلى حذر حذرت اتهم اتهمت نفى نفت
يعود تعود يتوجه تتوجه يسهم تسهم يساهم تساهم يبحث يلقي تلقي يوقع توقع يحل تحل يتوجب
طالب طالبت أمر منح قلد وشح سلم تسلم قدم قدمت ألقى افتتح اختتم أشرف تفقد عقد عقدت يعقد أورد أوردت أبدى أبدت أبلغ أكد اعتبر اعتبرت يعتبر تعتبر
يأتي تأتي جاء جاءت يمثل تمثل يعكس تعكس يهدف تهدف يرمي ترمي يسعى تسعى يعمل تعمل كان كانت يكون تكون كانا ظل ظلت بات أصبح أصبحت صار
البلدين البلدان الدولتين الجانبين الطرفين البلد الجانب الطرف الشقيقين الصديقين الدول المشاركة المشاركين
الوفد الوفود الضيف اللقاء الاجتماع الزيارة المباحثات المحادثات
المنعقد المنعقدة المقرر المقررة المرتقب المرتقبة المنتهي المنتهية المذكور المذكورة التابع التابعة المعني المعنية المرافق المرافقة
قام قامت يقوم تقوم أجاب رد ردت أفاد أجمع اتفق اتفقا اتفقت أثنى وجه وجهت لفت لفتت اعترف أقر أعرب أبرز أبرزت استعرض استعرضت شهد شهدت يشهد
`);

/**
 * Words in the indefinite accusative that the press writes without their
 * tanween, which would otherwise tell them from a name word: adverbs
 * (`شخصيا`, `رسميا`, `مجددا`) and what an official most often holds,
 * makes, signs or gives (`عقد الوزير اجتماعا`, `أجرى اتصالا`, `ألقى كلمة`,
`وقع … اتفاقية`, `مذكرة تفاهم`).
 * Never part of a name, yet no boundary of one either (`اتصالا هاتفيا` is
 * the object of the verb after a name, not the end of a clause).
 */
export const ACCUSATIVES: readonly string[] = words(`
شخصيا رسميا سنويا يوميا شهريا أسبوعيا فعليا عمليا نسبيا جزئيا كليا مبدئيا تدريجيا تلقائيا نهائيا ميدانيا إقليميا دوليا محليا عسكريا سياسيا
اقتصاديا أمنيا ثنائيا جماعيا فرديا إلكترونيا هاتفيا افتراضيا حضوريا أساسيا جديا علنيا سريا تقنيا لوجستيا استراتيجيا تاريخيا تقليديا مرحليا
مجددا مؤخرا سابقا لاحقا تقريبا معا جدا دائما غالبا أساسا مباشرة فورا حصرا خصوصا تحديدا
اجتماعا اتصالا لقاءا حوارا خطابا بيانا تصريحا اتفاقا مؤتمرا وفدا دعما ترحيبا كلمة رسالة برقية محاضرة
اتفاقية مذكرة وثيقة صفقة مكالمة دعوة تهنئة زيارة جولة
`);

/**
 * Words that continue a function title rather than start a name:
 * `وزير الدفاع …`, `رئيس هيئة أركان …`, `المدير العام …`. Definite words
 * not listed here are treated the same way unless they look like a family
 * name (see discovery).
 */
export const COMPLEMENT_WORDS: readonly string[] = words(`
الدفاع الحرب حرب الخارجية الداخلية العدل المالية الاقتصاد التجارة الصحة التعليم الإعلام الاتصال الطاقة النقل الأوقاف الشؤون شؤون
دفاع خارجية داخلية عدل مالية اقتصاد تجارة صحة تعليم إعلام اتصال طاقة نقل أوقاف
جهة الجهة
الوطني الوطنية العام العامة الأعلى العليا الأول الثاني المنتدب المكلف المفوض بالنيابة بالإنابة السابق السابقة الحالي الجديد الجديدة
منتدب منتدبة مكلف مكلفة مفوض
الأركان أركان هيئة الهيئة القوات قوات الجيش جيش الجيوش البحرية الجوية البرية المسلحة الملكية المشتركة الحربي الحربية الإنتاج
الشرطة الأمن الدرك الحرس المخابرات الاستخبارات العمليات التدريب التسليح الإمداد التموين الدفاع الجوي الصواريخ المدفعية المشاة
الدولة دولة الحكومة الوزراء وزراء مجلس المجلس الجمهورية الرئاسة النواب الشيوخ البرلمان الأمة الشعب الشعبي الشعبية الاتحادي الاتحادية
العسكري العسكرية الأمني الأمنية الإقليمي الإقليمية الجهوي الجهوية الدولي الدولية الرسمي الرسمية الخاص الخاصة الدائم الدائمة
وزارة إدارة مديرية جهاز دائرة مكتب سلاح قيادة القيادة رئاسة المديرية الإدارة الأمانة الأمين الناطق المتحدث باسم الرسمي
مراقبة مكافحة حماية تنسيق أمن شرطة استخبارات مخابرات أجهزة قطاع مصلحة ديوان لجنة وحدة فرقة كتيبة فيلق قاعدة أسطول
سكرتارية السكرتارية أمانة قطب قطبي القطب
المركزية المركزي الاستراتيجي الاستراتيجية التقني التقنية الفني الفنية المساعد المساعدة الأعلى للقوات والإنتاج
الانتقالي الانتقالية الإداري التنفيذي التنفيذية الاستشاري التشريعي القضائي الرئاسي الحكومي البرلماني الدبلوماسي السياسي الاقتصادي
الإعلامي العلمي الطبي الصحي الميداني العملياتي اللوجستي الاستخباراتي الاستخباري البري الجوي البحري الملكي الأميري الرئيسي الأساسي
الفعلي الشرفي الدوري الأممي الأوروبي الإفريقي الأفريقي الآسيوي العربي الإسلامي الخليجي المغاربي الأطلسي الدفاعي النووي الصاروخي
القومي القومية الداخلي الخارجي الثوري الوقائي السيبراني الجمهوري الدستوري الحدودي الساحلي الاحتياطي المالي
`);

/**
 * Nouns after which a name names something else: `مطار محمد الخامس`,
 * `جامعة محمد السادس`, `شارع الحسن الثاني`. A name right after one of
 * them is not a person mention.
 */
export const NAMED_AFTER: readonly string[] = words(`
مطار جامعة شارع مسجد مستشفى مؤسسة قاعدة ميناء ملعب جائزة مدرسة أكاديمية مركز قصر حي ساحة مدينة مجمع كلية معهد سد جسر قناة طريق مدار نهر جبل
`);

/**
 * Vessels, which navies name after people: a quoted name shortly after one
 * (`الفرقاطة المغربية “السلطان مولاي إسماعيل”`, `حاملة الطائرات الفرنسية
 * “شارل ديغول”`) is the ship, not a mention of its namesake.
 */
export const VESSELS: readonly string[] = words(`
فرقاطة الفرقاطة سفينة السفينة حاملة غواصة الغواصة مدمرة المدمرة كورفيت الكورفيت طراد الطراد بارجة البارجة زورق الزورق قطعة القطعة
`);

/** Regnal and ordinal numbers that end a royal name (`محمد السادس`, `عبد الله الثاني`). */
export const REGNAL_NUMBERS: readonly string[] = words(`
الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر
`);

/** Words that join the next word into the same name unit: `عبد الله`, `بن سلمان`, `أبو قصرة`. */
export const NAME_CONNECTORS: readonly string[] = words(`عبد بن ابن بنت أبو أبي أم آل ولد ذو`);

/** Words that join the previous word into one unit: `يار الله`, `نور الدين`, `سامي الرحمان`. */
export const NAME_ENDINGS: readonly string[] = words(`الله الدين الرحمن الرحمان الإسلام`);

/**
 * Nouns that, followed by a quoted name, introduce an event
 * (`تمارين “الأسد الإفريقي”`, `معرض “IDEF 2025”`), and those whose
 * definite complement is itself the name (`معرض الدفاع الدولي`).
 */
export const EVENT_TRIGGERS: readonly string[] = words(`
تمارين تمرين مناورات مناورة المناورات المناورة التمرين التمارين التدريبات التدريب تدريبات تدريب معرض المعرض مؤتمر المؤتمر منتدى المنتدى قمة القمة عملية العملية بطولة البطولة ملتقى الملتقى أسبوع مهرجان
`);

/**
 * Organization heads that are also verbal nouns, and what they then take:
 * `تنظيم معرض آيدكس` is the organizing of an event (any of
 * `EVENT_TRIGGERS` or of these activities), not an organization the way
 * `تنظيم الدولة` is.
 */
export const ORGANIZING_HEADS: readonly string[] = words(`تنظيم التنظيم`);
export const ORGANIZED_ACTIVITIES: readonly string[] = words(`حوار ندوة زيارة دورة لقاء اجتماع اجتماعات حملة مسابقة رحلة ورشة`);

/** Event triggers whose definite complement names the event without quotes (`معرض الدفاع الدولي`). */
export const NAMED_EVENT_HEADS: readonly string[] = words(`معرض المعرض مؤتمر المؤتمر منتدى المنتدى ملتقى الملتقى`);

/** Nouns that, followed by a quoted name, introduce an organization (`شركة “أسفات”`, `منصة “غلوبال ديفنس إنسايت”`). */
export const ORGANIZATION_QUOTE_TRIGGERS: readonly string[] = words(`
شركة الشركة مجموعة منصة موقع صحيفة جريدة مجلة قناة وكالة إذاعة تلفزيون حركة تنظيم جماعة حزب منظمة مؤسسة
`);

/**
 * Heads of organization names: `وزارة الداخلية الباكستانية`,
 * `القوات المسلحة الملكية`, `سلاح الجو الباكستاني`, `وكالة الأنباء السعودية`.
 * `strong` heads make an organization with any definite complement; the
 * others need the name to end in a nisba or a qualifier from
 * `ORGANIZATION_QUALIFIERS`.
 */
export const ORGANIZATION_HEADS: { readonly strong: readonly string[]; readonly weak: readonly string[] } = {
  strong: words(`وزارة مديرية المديرية رئاسة الرئاسة هيئة الهيئة وكالة منظمة حلف حركة تنظيم جماعة حزب سفارة السفارة قنصلية القنصلية مفوضية المفوضية`),
  weak: words(`قيادة القيادة القوات قوات سلاح الجيش جيش الجيوش البحرية الحرس الشرطة الدرك المخابرات جهاز مجلس المجلس الإدارة إدارة الأكاديمية أكاديمية المكتب أسطول الأسطول كلية الكلية معهد المعهد جامعة الجامعة`),
};

/**
 * Heads that are also adjectives (`البحرية`, the navy and naval): right
 * after a definite noun they qualify it (`المناورات البحرية المشتركة`, the
 * joint naval exercises) and name no organization.
 */
export const ADJECTIVAL_HEADS: readonly string[] = words(`البحرية`);

/**
 * Complements that make a head a common noun, not an organization, by
 * head: `حركة` is motion (`حركة المرور`, `حركة الملاحة`, against `حركة
 * حماس`, `حركة عدم الانحياز`), `هيئة` a body of people (`أعضاء هيئة
 * التدريس بالكلية`, the teaching staff, against `هيئة الأركان`).
 */
export const COMMON_PHRASE_COMPLEMENTS: Readonly<Record<string, readonly string[]>> = {
  حركة: words(`المرور السير الملاحة النقل الطيران التجارة البضائع الأموال الركاب المسافرين النزوح الهجرة`),
  هيئة: words(`التدريس المحلفين`),
};

/** Heads that may be followed by a bare proper name (`وكالة الأناضول`, `حركة حماس`, `منظمة شنغهاي للتعاون`). */
export const ORGANIZATION_NAME_HEADS: readonly string[] = words(`وكالة منظمة حركة تنظيم جماعة حزب شركة حلف`);

/** Final words that make an organization name specific without a nisba. */
export const ORGANIZATION_QUALIFIERS: readonly string[] = words(`الملكية الملكي الشعبي الشعبية الوطني الوطنية الجمهوري المشتركة العامة`);

/**
 * Curated one-word names that are also common nouns (`القاعدة` is al-Qaeda
 * and "the base", as in `القاعدة الجوية`): matched only in quotes
 * (`“القاعدة”`) or after a group noun from `GROUP_NOUNS` (`تنظيم القاعدة`).
 */
export const QUOTED_ONLY_NAMES: readonly string[] = words(`القاعدة`);

/** Nouns that introduce a group's name (`تنظيم القاعدة`, `جماعة …`). */
export const GROUP_NOUNS: readonly string[] = words(`تنظيم جماعة حركة التنظيم الجماعة`);

/**
 * Words that follow a sentence's subject, so a definite word right before
 * them may end a name (`أحمد الشرع قد زار`, `أكد السعيد شنقريحة أن`,
 * `ويذكر أن الأدميرال سعود العطار كان قد أكد`): a verb's object is never
 * followed by `كان`, nor by the verb of a clause whose subject comes first
 * (`أن وفدا يضم … اللواء محمد الشحات وصل إلى بنغازي`).
 */
export const SUBJECT_FOLLOWERS: readonly string[] = words(`
قد لقد الذي التي أن أنه إن عن خلال كان كانت
وصل وصلت حل حلت عاد عادت غادر غادرت توجه توجهت قال قالت أكد أكدت أعلن أعلنت أشار أشارت
`);

/**
 * Rank suffixes of several words (`الكابتن من الرتبة الأولى`, Egyptian
 * `العقيد أركان حرب`, abbreviated `اللواء أ.ح`, whose letters the
 * tokenizer joins across the dot: `joinedToNext`).
 */
export const RANK_PHRASES: readonly string[] = [
  'أركان حرب',
  'أ ح',
  'من الرتبة الأولى',
  'من الرتبة الثانية',
  'من الرتبة الثالثة',
];

/**
 * Verbs whose subject is often followed by their object: after
 * `التقى اللواء بن مداح`, a title phrase is the person met
 * (`نائب القائد العام للبحرية الروسية`), not an apposition.
 */
export const MEETING_VERBS: readonly string[] = words(`
التقى التقت التقي يلتقي تلتقي استقبل استقبلت يستقبل تستقبل قابل قابلت يقابل زار زارت يزور هاتف هاتفت هنأ ودع رافق رافقت خلف
`);

/**
 * Area words followed by a place's proper name (`بولاية القصرين`, `مدينة
 * تشينغداو`, `ميناء طرطوس`). The area word is not part of the name: a port
 * is its town's (`بميناء الدار البيضاء` links Casablanca). `منطقة` is not
 * among them: its complement is as often a common noun (`منطقة العمليات`,
 * `منطقة نفوذ`) as a name (`ZONE_HEADS`).
 */
export const PLACE_AREA_HEADS: readonly string[] = words(`مدينة ولاية محافظة إقليم مقاطعة جزيرة بلدة بلدية قرية ميناء`);

/**
 * Area words whose quoted complement is a place even where their bare one
 * is not (`بمنطقة “تيندوف”`, against `منطقة العمليات`): the quotes mark a
 * name, and the area word says what it names, whatever exercise or
 * organization the sentence speaks of.
 */
export const QUOTED_PLACE_HEADS: readonly string[] = words(`منطقة المنطقة`);

/**
 * The area word `منطقة` (zone, area), whose complement is as often a
 * common noun as a name (`منطقة العمليات`, `منطقة نفوذ`, `منطقة عازلة`).
 * Unquoted, it names a place only by a single indefinite word that is no
 * common noun and that a boundary closes (`لمنطقة ناوشيرا.`, `بمنطقة
 * ناوشيرا في إقليم خيبر`); the nouns a zone is most often made of in
 * defence prose are listed so that they never pass for one.
 */
export const ZONE_HEADS: readonly string[] = words(`منطقة`);
export const ZONE_NOUNS: readonly string[] = words(`نفوذ نزاع صراع قتال حظر عبور تماس توتر خطر عمليات حرب عزل فصل نشاط مسؤولية تدريب رماية`);

/** Plural and dual area words, which take several names joined by و (`ولايات دارفور وكردفان`, `مدينتي الحسكة والقامشلي`). */
export const PLACE_AREA_PLURALS: readonly string[] = words(`مدينتي مدن ولايات محافظات أقاليم مقاطعات جزر بلدات قرى`);

/** First words of two-word place names (`دير الزور`, `عين الدفلى`, `شرم الشيخ`, `بني ملال`). */
export const TOPONYM_FIRST_WORDS: readonly string[] = words(`تيزي دير عين رأس شرم بني بندر سيدي أم أبو بئر حاسي برج تل وادي بيت كفر خميس سوق مرسى بور سان سانت`);

/**
 * Facilities named by a head, a name and the word that closes it, which
 * says what the facility is: `قاعدة العديد الجوية`, `مطار هواري بومدين
 * الدولي`. Without the closer, `قاعدة` is as often "a rule" or "a base" in
 * general as a named base.
 */
export const FACILITY_CLOSERS: Readonly<Record<string, readonly string[]>> = {
  قاعدة: words(`الجوية البحرية العسكرية`),
  مطار: words(`الدولي العسكري`),
};

/** Facilities named by a head and a proper name: a palace, a mountain (`قصر قرطاج`, `جبل الشعانبي`). */
export const FACILITY_NAME_HEADS: readonly string[] = words(`قصر جبل`);

/**
 * Words that make an area word or `قصر` a common phrase, not a place:
 * `ولاية الفقيه`, `ولاية العهد`, `قصر النظر`, `قصر المدة`; generic
 * buildings every capital has (`قصر الرئاسة`, `قصر الضيافة`), which would
 * merge the palaces of every country into one place; and the wholes an
 * area belongs to (`مدن الشمال`, `قرى المنطقة`, `محافظات البلاد`).
 */
export const NOT_PLACE_NAMES: readonly string[] = words(`
الفقيه العهد الأمر النظر المدة الفترة الوقت الرئاسة الضيافة الحكم العدالة الثقافة المؤتمرات المعارض الشعب الرياضة الأشباح
الشمال الجنوب الشرق الغرب الوسط البلاد العالم المنطقة المملكة الوطن الدولة الجمهورية الإقليم الداخل الخارج العرب
`);

/** Directions that may follow a place's name (`بمدينة وهران غرب البلاد`): they end it. */
export const DIRECTIONS: readonly string[] = words(`شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي أوسط وسطى قرب`);

/** Adjectives an area word often takes, never a name (`ولاية ثانية`, `مدينة جديدة`). */
export const AREA_ADJECTIVES: readonly string[] = words(`ثانية ثالثة رابعة أخرى جديدة كبيرة صغيرة واحدة أولى كاملة واسعة قريبة بعيدة طويلة قصيرة`);

/** Prepositions of place before a palace's name (`في قصر الاتحادية`, `من قصر بعبدا`). */
export const PLACE_PREPOSITIONS: readonly string[] = words(`في من إلى داخل أمام قرب`);
