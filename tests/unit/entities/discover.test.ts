import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../../src/pipeline/types.ts';
import { createAnnotator } from '../../../src/pipeline/annotate.ts';
import { builtInEntities } from '../../../src/entities/countries.ts';

/** Discovery as a reader sees it: an annotator with no registry, on one article. */
const annotate = createAnnotator(builtInEntities());

function article(...paragraphs: string[]): Article {
  return {
    sourceFile: 'test.txt',
    encoding: 'utf-8',
    frontMatter: {},
    bodyStartLine: 1,
    hash: '',
    paragraphs,
    removed: [],
    meta: { slug: 'test', title: '', titleDerived: false, date: null, source: null, dateline: null, url: null, dates: [], warnings: [] },
  };
}

function people(...paragraphs: string[]): Entity[] {
  return annotate(article(...paragraphs)).discovered.filter((e) => e.type === 'person');
}

describe('discovering people', () => {
  it('finds a name after a rank and keeps the rank as a title', () => {
    const [person] = people('بحضور المفتش العام للقوات المسلحة الملكية، الفريق أول محمد بريظ، إلى جانب السفير.');
    expect(person?.name).toBe('محمد بريظ');
    expect(person?.titles.map((t) => t.title)).toEqual(expect.arrayContaining(['الفريق أول', 'المفتش العام للقوات المسلحة الملكية']));
  });

  it('reads a function title and its complement, and the country its nisba names', () => {
    const [person] = people('زار وزير الدفاع الإيطالي غويدو كروزيتو الجزائر.');
    expect(person).toMatchObject({ name: 'غويدو كروزيتو', country: 'IT', reviewed: false, titles: [{ title: 'وزير الدفاع الإيطالي' }] });
  });

  it('takes the role from an apposition after the name, as the article words it', () => {
    const [person] = people('استقبل حموشي السيد سلمان الشودري، المفتش العام للشرطة بالنيابة بوزارة الداخلية الباكستانية، في زيارة عمل.');
    expect(person?.name).toBe('سلمان الشودري');
    expect(person?.titles[0]?.title).toBe('المفتش العام للشرطة بالنيابة بوزارة الداخلية الباكستانية');
    expect(person?.country).toBe('PK');
    expect(person?.id).toBe('salman-al-shoudri');
  });

  it('finds a name in apposition after a title phrase and a comma', () => {
    const [person] = people('استقبل وزير الدفاع التركي، يشار غولر، أمس الأربعاء نظيره.');
    expect(person).toMatchObject({ name: 'يشار غولر', country: 'TR' });
  });

  it('finds a name that only its first name announces', () => {
    expect(people('وتجدر الإشارة إلى أن عبد اللطيف حموشي، المدير العام للأمن الوطني، استقبل الوفد.')[0]?.name).toBe('عبد اللطيف حموشي');
  });

  it('finds a woman official that only her first name announces, as it finds a man', () => {
    expect(people('والتقى الفريق أول محمد زكي، بزبيدة جلال خان، وزيرة الإنتاج الدفاعي الباكستانية.').map((p) => p.name)).toEqual(['محمد زكي', 'زبيدة جلال خان']);
    expect(people('واستقبل الرئيس اليوم الأربعاء، ساهر شمشاد مرزا، رئيس هيئة الأركان المشتركة.').map((p) => p.name)).toEqual(['ساهر شمشاد مرزا']);
  });

  it('reads a secretariat after an office as part of the office, not as a name («رئيس سكرتارية رئيس أركان …»)', () => {
    const names = people('ورئيس سكرتارية رئيس أركان القوات البرية الباكستانية، سيد محمد جواد.').map((p) => p.name);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/محمد جواد$/u);
  });

  it('reads دولة after an office as its complement, not as a name («مدير ديوان رئيس دولة اتحاد جزر القمر»)', () => {
    expect(people('استقبل المفتش العام السيد حمادة مادي بوليرو، مدير ديوان رئيس دولة اتحاد جزر القمر، المكلف بالدفاع.').map((p) => p.name)).toEqual(['حمادة مادي بوليرو']);
  });

  it('finds Gulf, Iraqi and Pakistani officials by first names the lexicon had lacked', () => {
    expect(people('كما قام مجاهد أنور خان بزيارة مقر القوات الجوية السريلانكية.').map((p) => p.name)).toEqual(['مجاهد أنور خان']);
    // Their Latin spellings name the pages: `saud-…-mishaal-…`, not a letter-by-letter `saoud-…-mashal-…`.
    expect(people('واستقبل الأمير سعود بن مشعل بن عبد العزيز الوفد.').map((p) => p.id)).toEqual(['saud-ben-mishaal-ben-abd-al-aziz']);
  });

  it('reads an Iraqi name of five units whole, so that its family name alone refers to it later', () => {
    const found = annotate(article('أجرى قائد القوة الجوية العراقية، الفريق الطيار الركن مهنّد غالب محمد راضي الأسدي، زيارة رسمية إلى إسلام آباد.', 'وأشاد الأسدي بالتعاون.'));
    expect(found.discovered.filter((e) => e.type === 'person').map((p) => p.name)).toEqual(['مهنّد غالب محمد راضي الأسدي']);
    expect(found.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['مهنّد غالب محمد راضي الأسدي', 'الأسدي']);
  });

  it('reads ب before a noun in و after an office as what its holder did, not as a name in بو', () => {
    expect(people('قام قائد السفينة والملحق العسكري الباكستاني بوضع إكليل من الزهور على قبر الجندي المجهول.')).toEqual([]);
    expect(people('استقبل الجنرال دوكور دارمي بوشعيب عروب الوفد.').map((p) => p.name)).toEqual(['بوشعيب عروب']);
  });

  it('ends a name before a noun that heads a word with a pronoun («عاصم منير حرص بلاده»)', () => {
    expect(people('وأكد المشير عاصم منير حرص بلاده على توسيع التدريبات المشتركة.').map((p) => p.name)).toEqual(['عاصم منير']);
  });

  it('gives a title phrase between commas after a name to that name, not to the next one', () => {
    const titles = (text: string) => people(text).map((p) => [p.name, p.titles.map((t) => t.title)]);
    expect(titles('التقى الفريق أول عبد المجيد صقر، وزير الدفاع المصري، المشير عاصم منير، رئيس أركان الجيش الباكستاني.')).toEqual([
      ['عبد المجيد صقر', ['الفريق أول', 'وزير الدفاع المصري']],
      ['عاصم منير', ['المشير', 'رئيس أركان الجيش الباكستاني']],
    ]);
    // Further title phrases after a name's apposition, each a clause, are that name's too.
    expect(titles('استقبل الجنرال دوكور دارمي بوشعيب عروب، المفتش العام للقوات المسلحة الملكية، قائد المنطقة الجنوبية، الجنرال ميركو زولياني، نائب القائد الأعلى لقوات التحالف.')).toEqual([
      ['بوشعيب عروب', ['الجنرال دوكور دارمي', 'المفتش العام للقوات المسلحة الملكية', 'قائد المنطقة الجنوبية']],
      ['ميركو زولياني', ['الجنرال', 'نائب القائد الأعلى لقوات التحالف']],
    ]);
    // After a meeting verb, an office with its country before a rank is the subject's when the name has an office of its own.
    expect(people('كما استقبل رئيس الوزراء الباكستاني المهندس علي القرني، نائب أمين جدة، في القصر.').map((p) => [p.name, p.titles.map((t) => t.title), p.country])).toEqual([
      ['علي القرني', ['نائب أمين جدة'], 'SA'],
    ]);
    expect(titles('واستقبل وزير الدفاع الفريق أول عبد المجيد صقر الوفد.')).toEqual([['عبد المجيد صقر', ['وزير الدفاع', 'الفريق أول']]]);
    // Behind a preposition or و the phrase names whom they met, or who joined them.
    expect(titles('التقى وزير الدولة للإنتاج الحربي، محمد صلاح الدين مصطفى، بسفير باكستان بالقاهرة، عامر شوكت، لبحث التعاون.')[1]).toEqual(['عامر شوكت', ['سفير باكستان بالقاهرة']]);
  });

  it('reads the words of Moroccan security communiqués after a title as words, not names («سبل», «لقطبي», «انصبت»)', () => {
    const names = (text: string) => people(text).map((p) => p.name);
    expect(names('بحث المدير العام، عبد اللطيف حموشي، مع نظيره السعودي سبل تطوير التعاون الأمني.')).toEqual(['عبد اللطيف حموشي']);
    expect(names('قام السيد عبد اللطيف حموشي، المدير العام لقطبي المديرية العامة للأمن الوطني، بزيارة عمل.')).toEqual(['عبد اللطيف حموشي']);
    expect(names('وأوضح البلاغ أن المباحثات مع المسؤول الأمني الباكستاني انصبت على استعراض التعاون.')).toEqual([]);
  });

  it('reads كامل in a name as the name, not as ك before the name أمل', () => {
    expect(people('ونظيره العراقي عبد الأمير كامل الشمري، اليوم الثلاثاء بمراكش.').map((p) => p.name)).toEqual(['عبد الأمير كامل الشمري']);
  });

  it('infers the country from نظيره + nisba', () => {
    expect(people('اجتمع الوزير بنظيره الباكستاني، الأدميرال نافيد أشرف، قائد البحرية الباكستانية.')[0]).toMatchObject({ name: 'نافيد أشرف', country: 'PK' });
  });

  it('keeps a regnal number in a royal name', () => {
    expect(people('تحت قيادة صاحب الجلالة الملك محمد السادس، وهو ما أسهم في ذلك.')[0]?.name).toBe('محمد السادس');
  });

  it('stops a name before a word that carries a preposition', () => {
    const found = people('واجتمع رئيس أركان الجيش المصري محمود حجازي برحيل شريف، رئيس هيئة أركان القوات البرية الباكستانية.');
    expect(found.map((p) => p.name)).toEqual(['محمود حجازي', 'رحيل شريف']);
  });

  it('reads a name through بن and عبد, and a first name that is also a nisba', () => {
    expect(people('وحضر الفريق الركن تركي بن بندر بن عبد العزيز قائد القوات الجوية الملكية السعودية.')[0]?.name).toBe('تركي بن بندر بن عبد العزيز');
  });

  it('keeps a family name that starts like a preposition when punctuation closes the name, and stops at one that does not', () => {
    expect(people('ثم التقى القائد العام بالفريق أول قمر جاويد باجوا، رئيس أركان الجيش.').map((p) => p.name)).toEqual(['قمر جاويد باجوا']);
    expect(people('واستقبل الفريق أول قمر جاويد بزيارة رسمية.').map((p) => p.name)).toEqual(['قمر جاويد']);
  });

  it('keeps a nisba-shaped family name at the end of a name', () => {
    const result = annotate(article('بتوجيه من رئيس مجلس الوزراء العراقي محمد شياع السوداني.'));
    expect(result.discovered.find((e) => e.type === 'person')?.name).toBe('محمد شياع السوداني');
    expect(result.mentions.some((m) => m.entityId === 'SD')).toBe(false);
  });

  it('does not take common words for names', () => {
    expect(people('يشار إلى أن حسن الجوار والدعم المالي أساس التعاون علي أعمال الإنقاذ.')).toEqual([]);
    expect(people('افتتح مطار محمد الخامس الدولي أمس.')).toEqual([]);
  });

  it('takes no abbreviation after a rank, and no verbal noun of the افتعال or استفعال shape, for a name', () => {
    const names = people('وأكد اللواء أ.ح مهندس مختار عبد اللطيف اهتمام الهيئة.').map((p) => p.name);
    expect(names).not.toContain('أ');
    expect(names).not.toContain('عبد اللطيف اهتمام');
    expect(people('وأبدى محمد سليم استعداد بلاده للتعاون.').map((p) => p.name)).toEqual(['محمد سليم']);
  });

  it('finds a guest written in Latin letters when an office follows after a comma, and no other Latin run', () => {
    expect(people('استهل حموشي لقاءاته بـ Alex PINFIELD، سفير المملكة المتحدة، حيث بحثا التعاون.').map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['Alex PINFIELD', ['سفير المملكة المتحدة']],
    ]);
    expect(people('ونشرت مجلة Global Defense Insight، المتخصصة في الدفاع، تقريرا عن الصفقة.')).toEqual([]);
  });

  it('names a person written with عبد glued and apart by the spelling with the space', () => {
    expect(people('استقبل وزير الداخلية عبدالوافي لفتيت الوفد، وقال الوزير عبد الوافي لفتيت إن التعاون مستمر.').map((p) => [p.name, p.aliases])).toEqual([
      ['عبد الوافي لفتيت', ['عبدالوافي لفتيت']],
    ]);
  });

  it('reads the Egyptian staff rank abbreviated «أ.ح» as part of the rank, with a modifier after it', () => {
    const titled = (text: string) => people(text).map((p) => [p.name, p.titles.map((t) => t.title)]);
    expect(titled('وقال اللواء أ.ح محمد سمير إن التدريب ناجح.')).toEqual([['محمد سمير', ['اللواء أ.ح']]]);
    expect(titled('استقبل اللواء أ.ح مهندس مختار عبد اللطيف رئيس الهيئة الوفد.')[0]).toEqual(['مختار عبد اللطيف', ['اللواء أ.ح مهندس']]);
  });

  it('takes a ship named after someone or somewhere for no mention of them («الفرقاطة “السلطان مولاي إسماعيل”», «“بورسعيد”»)', () => {
    expect(people('شاركت فيها الفرقاطة المغربية “السلطان مولاي إسماعيل” مع حاملة الطائرات الفرنسية “شارل ديغول”.')).toEqual([]);
    const linked = annotate(article('رست الفرقاطة المصرية “بورسعيد” في ميناء بنغازي.')).mentions.map((m) => m.text);
    expect(linked).toEqual(['المصرية', 'بنغازي']);
    expect(people('وقال قائد الفرقاطة، الأدميرال خوان دي بوربون، إن التمرين نجح.').map((p) => p.name)).toEqual(['خوان دي بوربون']);
  });

  it('finds a name whose first name is also a common word when a title follows it after a comma', () => {
    const [ambassador] = people('وأكد عمر هلال، السفير الممثل الدائم للمغرب لدى الأمم المتحدة، أن المملكة ملتزمة.');
    expect(ambassador?.name).toBe('عمر هلال');
    expect(ambassador?.titles[0]?.title).toMatch(/^السفير الممثل الدائم للمغرب/u);
    expect(people('استقبل سعيد خان، وزير الداخلية التركي، ملك المغرب.')[0]).toMatchObject({ name: 'سعيد خان', country: 'TR' });
    expect(people('وصرح كريم خان، المدعي العام للمحكمة الجنائية الدولية، بأن التحقيق مستمر.')[0]?.name).toBe('كريم خان');
  });

  it('reads the South African nisba as the country, not as a name after a title', () => {
    const found = people('التقى رئيس لجنة الدفاع بالبرلمان الجنوب إفريقي، هاني المراكشي، بالوفد.');
    expect(found.map((p) => [p.name, p.country])).toEqual([['هاني المراكشي', 'ZA']]);
  });

  it('reads an adjective of the office as part of the title, not as a name after it', () => {
    const found = people('وذلك خلال زيارة قام بها مستشار الأمن القومي السعودي، قاسم أفريدي إلى إسلام آباد.');
    expect(found.map((p) => p.name)).toEqual(['قاسم أفريدي']);
    expect(found[0]?.titles[0]?.title).toBe('مستشار الأمن القومي السعودي');
  });

  it('does not give a title to the person its holder meets («الملحق العسكري بمحمود حجازي»)', () => {
    const [person] = people('وأمس، اجتمع الملحق العسكري بمحمود حجازي والوفد المرافق له.');
    expect(person?.name).toBe('محمود حجازي');
    expect(person?.titles).toEqual([]);
  });

  it('reads a second person joined by و after someone\'s office as a person of their own, without the و or that office', () => {
    const found = people('وأمس، اجتمع باسل ستي، نائب وزير الدفاع التركي وعبد الرحيم الطراونة، قائد القوات البرية الأردنية.');
    expect(found.map((p) => p.name)).toEqual(['باسل ستي', 'عبد الرحيم الطراونة']);
    expect(found[1]?.titles.map((t) => t.title)).toEqual(['قائد القوات البرية الأردنية']);
  });

  it('reads ملك and a country as a royal title, and gives it to the name after it, not to the person before', () => {
    const found = people('التقى عبد الفتاح السيسي، رئيس جمهورية مصر العربية بملك الأردن، عبد الله الثاني، وبحث الجانبان التعاون.');
    expect(found.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['عبد الفتاح السيسي', ['رئيس جمهورية مصر العربية']],
      ['عبد الله الثاني', ['ملك الأردن']],
    ]);
    // Without a country after it, ملك is the family name Malik.
    expect(people('اجتمع قائد القوات البحرية الأوزبكية، رشيد ملك، بالوفد.').map((p) => p.name)).toEqual(['رشيد ملك']);
  });

  it('ends a person\'s office where و joins the office of the next person named', () => {
    const found = people('هذا اللقاء الذي جمع بين خالد الزموري، الملحق العسكري بالسفارة التونسية وملك الأردن، عبد الله الثاني، يرمي إلى تطوير التعاون.');
    expect(found.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['خالد الزموري', ['الملحق العسكري بالسفارة التونسية']],
      ['عبد الله الثاني', ['ملك الأردن']],
    ]);
    // With no name after it, a title after و is a second office of the same person.
    expect(people('وقال خالد الزموري، رئيس الحكومة ووزير الدفاع، إن الزيارة مهمة.')[0]?.titles.map((t) => t.title).join(' ')).toContain('وزير الدفاع');
  });

  it('gives a name only the last of two offices joined by و when they name different countries', () => {
    const offices = (sentence: string) => people(sentence).map((p) => [p.name, p.titles.map((t) => t.title), p.country]);
    expect(offices('وبحث وزير الخارجية الإندونيسي ووزير الخارجية الباكستاني إسحاق دار سبل التعاون.')).toEqual([
      ['إسحاق دار', ['وزير الخارجية الباكستاني'], 'PK'],
    ]);
    expect(offices('وحضر اللقاء سفير المغرب بإسلام آباد وسفير باكستان بالرباط محمد العلوي.')).toEqual([
      ['محمد العلوي', ['سفير باكستان بالرباط'], 'PK'],
    ]);
    // After a name, the office of another country joined by و is the next person's.
    expect(offices('واجتمع عبد الله الإدريسي، وزير الخارجية الإندونيسي ووزير الخارجية الباكستاني، جليل عباس الجيلاني.')).toEqual([
      ['عبد الله الإدريسي', ['وزير الخارجية الإندونيسي'], 'ID'],
      ['جليل عباس الجيلاني', ['وزير الخارجية الباكستاني'], 'PK'],
    ]);
    // Two offices of one country, or a first with none, are one person's.
    expect(offices('وقال عبد الله الإدريسي، وزير الخارجية الإندونيسي ووزير الدفاع الإندونيسي، إن العلاقات متينة.')[0]?.[1]).toEqual([
      'وزير الخارجية الإندونيسي ووزير الدفاع الإندونيسي',
    ]);
    expect(offices('وقال نائب رئيس الوزراء ووزير الخارجية الباكستاني إسحاق دار إن العلاقات متينة.')).toEqual([
      ['إسحاق دار', ['نائب رئيس الوزراء ووزير الخارجية الباكستاني'], 'PK'],
    ]);
  });

  it('gives a rank joined by و after an office to the next name, and the office to the name before it', () => {
    const offices = (sentence: string) => people(sentence).map((p) => [p.name, p.titles.map((t) => t.title), p.country]);
    expect(offices('واجتمع عمر الغماري، وزير الدفاع المغربي والجنرال منير أعوان، في الرباط.')).toEqual([
      ['عمر الغماري', ['وزير الدفاع المغربي'], 'MA'],
      ['منير أعوان', ['الجنرال'], null],
    ]);
    // Offices joined by و stay one person's.
    expect(offices('واستقبل الفريق أول محمد زكي، القائد العام ووزير الدفاع، الوفد.')[0]?.[1]).toEqual(['الفريق أول', 'القائد العام ووزير الدفاع']);
  });

  it('reads an indefinite nisba after و as a first name, not as the office\'s country', () => {
    const found = annotate(article('وجمع اللقاء بين عبد الله الإدريسي، وزير الخارجية المغربي وتركي بوزيان، في الرباط.'));
    const named = found.discovered.filter((e) => e.type === 'person').map((p) => [p.name, p.titles.map((t) => t.title)]);
    expect(named).toEqual([
      ['عبد الله الإدريسي', ['وزير الخارجية المغربي']],
      ['تركي بوزيان', []],
    ]);
    expect(found.mentions.map((m) => m.entityId)).not.toContain('TR');
  });

  it('ends an office before a name behind a preposition: whom its holder met', () => {
    const titles = (sentence: string) => people(sentence)[0]?.titles.map((t) => t.title);
    expect(titles('وأمس، التقى محمد العلوي، المفتش العام للقوات المسلحة الباكستانية بالزموري والوفد المرافق له.')).toEqual([
      'المفتش العام للقوات المسلحة الباكستانية',
    ]);
    expect(titles('وأمس، التقى محمد العلوي، المفتش العام للقوات المسلحة البولندية بتركي اليعقوبي في وارسو.')).toEqual([
      'المفتش العام للقوات المسلحة البولندية',
    ]);
    // A rank behind a preposition names the one met: the office before it is not theirs.
    const met = people('واستقبل أحمد بنجلون، المفتش العام للقوات المسلحة الإماراتية بالأدميرال طارق السيد والوفد المرافق له.');
    expect(met.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['أحمد بنجلون', ['المفتش العام للقوات المسلحة الإماراتية']],
      ['طارق السيد', ['الأدميرال']],
    ]);
    // A place behind a preposition still belongs to the office.
    expect(titles('وقال محمد العلوي، السفير الباكستاني بالرباط، إن العلاقات متينة.')).toEqual(['السفير الباكستاني بالرباط']);
  });

  it('reads السيد after a name and before punctuation or a particle as the family name', () => {
    expect(people('والتقى الأدميرال طارق السيد، قائد القوات البحرية.')[0]?.name).toBe('طارق السيد');
    expect(people('وذلك خلال زيارة قام بها الأدميرال طارق السيد إلى بغداد.')[0]?.name).toBe('طارق السيد');
    // Before a name, it still announces it.
    expect(people('واستقبل الوزير السيد سلمان الشودري أمس.')[0]?.name).toBe('سلمان الشودري');
  });

  it('does not take the delegation or the meeting after a name for a family name', () => {
    expect(people('واستقبل رئيس الحكومة ووزير الدفاع المغربي عزيز أخنوش الوفد.').map((p) => p.name)).toEqual(['عزيز أخنوش']);
    expect(people('وترأس وزير الدفاع الباكستاني خواجة آصف الاجتماع.').map((p) => p.name)).toEqual(['خواجة آصف']);
  });

  it('still wants more than a common first name and one word when no title follows', () => {
    expect(people('وكان سعيد خان قد زار المغرب.')).toEqual([]);
    expect(people('وأشار إلى أن عمر الاتفاق، رئيس اللجنة، لا يتجاوز عاما.')).toEqual([]);
  });

  it('does not take a common first name and two words ending in a definite common noun for a person', () => {
    expect(people('وأشاد الوزير بحسن سير العمل.')).toEqual([]);
    expect(people('وذلك من أجل حسن سير العمل، حسب البيان.')).toEqual([]);
    // Three name words still make a name, a nisba or a first name last.
    expect(people('وحضر اللقاء حسن بنموسى الحموشي وعدد من المسؤولين.').map((p) => p.name)).toEqual(['حسن بنموسى الحموشي']);
    expect(people('وحضر اللقاء كريم بنموسى الحسن وعدد من المسؤولين.').map((p) => p.name)).toEqual(['كريم بنموسى الحسن']);
  });

  it('ends a name at a definite family name when كان follows, as a subject is followed and an object never is', () => {
    expect(people('ويذكر أن الأدميرال سعود العطار كان قد أكد أهمية التعاون.').map((p) => p.name)).toEqual(['سعود العطار']);
    expect(people('واستقبل العميد سعود الوفد المرافق له.').map((p) => p.name)).toEqual(['سعود']);
  });

  it('ends a name at a definite family name when someone else enters the sentence after it', () => {
    expect(people('واجتمع العميد سعود الحداد بكريم باجوا والوفد المرافق له.')[0]?.name).toBe('سعود الحداد');
    expect(people('وأمس، اجتمع الأدميرال طارق السيد والمفتش العام للقوات المسلحة الملكية، محمد بريظ.').map((p) => p.name)).toEqual(['طارق السيد', 'محمد بريظ']);
    // A place after the object is nobody: the object is no family name.
    expect(people('وتفقد الجنرال منير المعسكر بالرباط.').map((p) => p.name)).toEqual(['منير']);
  });

  it('takes a family name shaped like a broken plural (أعوان, Awan) when the name ends there, and an object of that shape for none', () => {
    expect(people('وأكد الجنرال منير أعوان، أن الزيارة مهمة.').map((p) => p.name)).toEqual(['منير أعوان']);
    expect(people('والتقى السفير ظفر أعوان بمازن حيدر في الرباط.').map((p) => p.name)).toContain('ظفر أعوان');
    expect(people('واجتمع الجنرال منير أعوان بالفريق أول محمد بريظ.').map((p) => p.name)).toEqual(['منير أعوان', 'محمد بريظ']);
    // The verb's object right after the subject heads a genitive: it is no family name.
    expect(people('وتفقد اللواء منير أحوال الجنود في الثكنة.').map((p) => p.name)).toEqual(['منير']);
    expect(people('واستقبل العقيد مصطفى أعضاء الوفد المرافق.').map((p) => p.name)).toEqual(['مصطفى']);
  });

  it('does not take a noun with a pronoun after a title for a name («استقبل الرئيس الجزائري ضيوفه»)', () => {
    expect(people('واستقبل الرئيس الجزائري ضيوفه في ختام التمرين.')).toEqual([]);
    expect(people('واستقبل الرئيس الجزائري عبد المجيد تبون ضيوفه.').map((p) => p.name)).toEqual(['عبد المجيد تبون']);
  });

  it('does not take what a title\'s holder did for a name: an adverb with tanween, ب or ل on a noun', () => {
    expect(people('وأزاح وزير الدفاع الستار إيذاناً بافتتاح المدرج.')).toEqual([]);
    expect(people('وقام وزير الدفاع بجولة تفقدية على الوحدات.')).toEqual([]);
    expect(people('واستقبل وزير الدفاع بوجمعة الزين، قائد الأركان.').map((p) => p.name)).toEqual(['بوجمعة الزين']);
  });

  it('does not take an adverb or an object written without its tanween for a name («أشرف شخصيا», «عقد الوزير اجتماعا»)', () => {
    expect(people('وكشف البيان أن الفريق السعيد شنقريحة هو من أشرف شخصيا على التمرين.').map((p) => p.name)).toEqual(['السعيد شنقريحة']);
    expect(people('عقد الوزير اجتماعا مع الوفد.')).toEqual([]);
    expect(people('وألقى اللواء أركان حرب محمد أبو الفتوح قائد قوات الصاعقة كلمة نقل خلالها التحيات.').map((p) => p.name)).toEqual(['محمد أبو الفتوح']);
    // An adverb after a name's object is no boundary that would make the object a name word.
    expect(people('وأجرى وزير الدفاع السوري مرهف أبو قصرة اتصالا هاتفيا بنظيره.').map((p) => p.name)).toEqual(['مرهف أبو قصرة']);
  });

  it('ends a name before what its holder signs or sends («وقع … محمد شهباز شريف اتفاقية», «مذكرة تفاهم»)', () => {
    expect(people('وقع رئيس الوزراء الباكستاني محمد شهباز شريف اتفاقية للتعاون الدفاعي في الرياض.').map((p) => p.name)).toEqual(['محمد شهباز شريف']);
    expect(people('ووقع وزير الدفاع أحمد علي حسن مذكرة تفاهم مع نظيره.').map((p) => p.name)).toEqual(['أحمد علي حسن']);
    expect(people('وقال اللواء محمد عطية إن التعاون مستمر.').map((p) => p.name)).toEqual(['محمد عطية']);
  });

  it('does not take a definite first name that qualifies the word before it for a person («الوطن العربي خط»)', () => {
    expect(people('وقال إن أمن الوطن العربي خط أحمر.')).toEqual([]);
    expect(people('وقال العربي شاكر إن التعاون مهم.').map((p) => p.name)).toEqual(['العربي شاكر']);
  });

  it('reads a direction after an office as part of the title, not as a name («قائد القطاع العملياتي الجنوبي»)', () => {
    expect(people('واستمع إلى عرض قدمه قائد القطاع العملياتي الجنوبي في تندوف.')).toEqual([]);
  });

  it('does not take what follows a title for a name when it is a noun and its adjective, or a verb in the future', () => {
    expect(people('وفي وقت لاحق وجّه الوزير دعوة رسمية للشركات الباكستانية.')).toEqual([]);
    expect(people('وقال إن زيارة الوزير الباكستاني للهيئة ستسهم في دفع العلاقات.')).toEqual([]);
    // A name of either shape is still read when the words are names.
    expect(people('واستقبل الوزير أسامة حمزة في مكتبه.').map((p) => p.name)).toEqual(['أسامة حمزة']);
    expect(people('واستقبل الرئيس سيريل رامافوزا ضيفه.').map((p) => p.name)).toEqual(['سيريل رامافوزا']);
  });

  it('reads an office named without the article as the title, and ends a name at a conjunction like حسبما', () => {
    const found = people('جاء ذلك خلال استقبال السيسي أمس، وزير خارجية باكستان مخدوم شاه محمود قريشي حسبما أفاد المتحدث.');
    expect(found.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([['مخدوم شاه محمود قريشي', ['وزير خارجية باكستان']]]);
  });

  it('ends a name before a verb in the future, and keeps names of the same shape', () => {
    expect(people('وأكد أن القائد العام المشير خليفة حفتر سيعود إلى بنغازي اليوم.').map((p) => p.name)).toEqual(['خليفة حفتر']);
    expect(people('وقال وزير الدفاع الهندي راجناث سينغ إن العملية انتهت.').map((p) => p.name)).toEqual(['راجناث سينغ']);
  });

  it('ends a name at a definite family name when a clause\'s verb follows, and takes no office\'s complement for a name', () => {
    expect(people('وذكرت الوكالة أن وفدا يضم مدير المخابرات الحربية اللواء محمد الشحات وصل إلى بنغازي.').map((p) => p.name)).toEqual(['محمد الشحات']);
    expect(people('ويضم الوفد الممثلة الخاصة لرئيس مفوضية الاتحاد الأفريقي، ومستشار مكلف بالاتصال.')).toEqual([]);
  });

  it('reads a first name that starts like ف and the article as a first name, not as the title\'s complement («فاليري»)', () => {
    expect(people('أكد قائد قوات التدريب الروسية العقيد فاليري تشارنيش عمق العلاقات.').map((p) => p.name)).toEqual(['فاليري تشارنيش']);
  });

  it('reads protocol titles through to the name: a region, a college, the custodian of the holy mosques', () => {
    expect(people('وتقدم للسلام على سموه الفريق أول، قائد الدرك الملكي، وضباط رفيعو المستوى، ووالي جهة الرباط سلا القنيطرة.')).toEqual([]);
    expect(people('حضر الاحتفال سفير خادم الحرمين الشريفين لدى مصر أحمد قطان، ومدير كلية القادة والأركان المصرية اللواء عبدالمجيد صقر.').map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['أحمد قطان', ['سفير خادم الحرمين الشريفين لدى مصر']],
      ['عبدالمجيد صقر', ['مدير كلية القادة والأركان المصرية', 'اللواء']],
    ]);
  });

  it('reads مهندس and بحار after a rank as part of the rank, not as a first name', () => {
    expect(people('اجتمع القائد مع الفريق مهندس جايل دياز مدير التنمية الدولية.').map((p) => [p.name, p.titles[0]?.title])).toEqual([['جايل دياز', 'الفريق مهندس']]);
    expect(people('شارك في الاستقبال العميد بحار اعبيد مسعود جودة وعدد من الضباط.').map((p) => p.name)).toEqual(['اعبيد مسعود جودة']);
  });

  it('reads قايد, written without the hamza of the title قائد, as a family name', () => {
    expect(people('استقبل الفريق أحمد قايد صالح، نائب وزير الدفاع الوطني، الوزير.').map((p) => p.name)).toEqual(['أحمد قايد صالح']);
    expect(people('وحظي الوفد باستقبال قائد الواجهة البحرية الوسطى العميد قايد نور الدين.').map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['قايد نور الدين', ['قائد الواجهة البحرية الوسطى', 'العميد']],
    ]);
  });

  it('finds a chargé d\'affaires by her title', () => {
    expect(people('عقد الوزير اجتماعا مع وفد ترأسته القائمة بالأعمال ناتالي بيكر في إسلام آباد.').map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([['ناتالي بيكر', ['القائمة بالأعمال']]]);
  });

  it('takes the spellings of a name in the Maghreb\'s letter for g for one person', () => {
    const found = people('أشرف الفريق السعيد شنڨريحة على التمرين. وقال الفريق السعيد شنقريحة إن التمرين نجح.');
    expect(found).toHaveLength(1);
  });

  it('reads the title after a name as that person\'s role, not as the announcement of the words after it', () => {
    const found = people('استقبل سعيد شنقريحة، رئيس أركان الجيش الوطني الشعبي، وفدا عسكريا.');
    expect(found.map((p) => p.name)).toEqual(['سعيد شنقريحة']);
    expect(found[0]?.titles[0]?.title).toBe('رئيس أركان الجيش الوطني الشعبي');
    // A second person, announced by a rank of their own, is still found.
    expect(people('استقبل الملك محمد السادس، الفريق أول محمد بريظ، المفتش العام للقوات المسلحة الملكية.').map((p) => p.name)).toEqual([
      'محمد السادس',
      'محمد بريظ',
    ]);
  });
});

describe('back-references', () => {
  it('resolve a surname after a title to the person named before', () => {
    const found = people('استقبل السيد سلمان الشودري، المفتش العام للشرطة، الوفد.', 'وقد عبر السيد الشودري عن شكره.');
    expect(found.map((p) => p.name)).toEqual(['سلمان الشودري']);
  });

  it('resolve a bare surname later in the article, without creating anyone', () => {
    const result = annotate(article('ناقش الرئيس المصري عبد الفتاح السيسي الأوضاع.', 'ودعا السيسي إلى تضافر الجهود.'));
    const persons = result.discovered.filter((e) => e.type === 'person');
    expect(persons).toHaveLength(1);
    expect(result.mentions.filter((m) => m.entityId === persons[0]?.id).map((m) => m.text)).toEqual(['عبد الفتاح السيسي', 'السيسي']);
  });

  it('resolve a first name after a royal title to the full name', () => {
    const found = people('زيارة وزير الدفاع السعودي الأمير خالد بن سلمان للقاهرة.', 'وكان الأمير خالد قد أكد ذلك.');
    expect(found.map((p) => p.name)).toEqual(['خالد بن سلمان']);
  });

  it('treat a full name without its first given name as the same person, however its compound name was read', () => {
    const result = annotate(
      article('التقى وزير الدولة للإنتاج الحربي، محمد صلاح الدين مصطفى، بالسفير.', 'وذكرت الوكالة أن صلاح الدين مصطفى استقبل السفير، واستعرض مصطفى إمكانيات الوزارة.'),
    );
    expect(result.discovered.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['محمد صلاح الدين مصطفى']);
    expect(result.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['محمد صلاح الدين مصطفى', 'صلاح الدين مصطفى', 'مصطفى']);
  });

  it('treat a reordered full name as the same person', () => {
    const found = people('استقبل الوزير نظيره الباكستاني محمد آصف خواجة اليوم.', 'وقال وزير الدفاع الباكستاني خواجة محمد آصف، إن الزيارة مهمة.');
    expect(found).toHaveLength(1);
  });

  it('keep apart a relative named after a person seen before, and merge only the official style with محمد', () => {
    const family = people(
      'التقى الرئيس التركي رئيس الوزراء الباكستاني نواز شريف في أنقرة.',
      'وشاركت في العشاء عقيلة رئيس الوزراء الباكستاني كلثوم نواز شريف.',
    );
    expect(family.map((p) => p.name)).toEqual(['نواز شريف', 'كلثوم نواز شريف']);
    expect(family[1]?.titles.map((t) => t.title)).toEqual(['عقيلة رئيس الوزراء الباكستاني']);
    const royals = people('استقبل الملك سلمان بن عبد العزيز الوفد.', 'وحضر اللقاء ولي العهد الأمير محمد بن سلمان بن عبد العزيز.');
    expect(royals.map((p) => p.name)).toEqual(['سلمان بن عبد العزيز', 'محمد بن سلمان بن عبد العزيز']);
    expect(people('التقى الرئيس رئيس الوزراء الباكستاني شهباز شريف.', 'وقال رئيس الوزراء محمد شهباز شريف إن اللقاء مثمر.')).toHaveLength(1);
    // `سيد` (Syed) is a Pakistani honorific of the same kind, and فيلد مارشال a rank.
    expect(people('أكد رئيس أركان الجيش الباكستاني، فيلد مارشال عاصم منير، عزم الجيش.', 'والتقى المشير سيد عاصم منير بالمشاركين.').map((p) => p.name)).toEqual(['سيد عاصم منير']);
  });

  it('read a name already seen, with a preposition glued to it after a title, as that person, the preposition outside', () => {
    const result = annotate(article('وقال رئيس الأركان المصري محمود حجازي إن التعاون متين.', 'واجتمع الوزير بحجازي أمس.'));
    const persons = result.discovered.filter((e) => e.type === 'person');
    expect(persons.map((p) => p.name)).toEqual(['محمود حجازي']);
    expect(result.mentions.filter((m) => m.entityId === persons[0]?.id).map((m) => m.text)).toEqual(['محمود حجازي', 'حجازي']);
  });

  it('never take a regnal number alone for the king it ends the name of', () => {
    const result = annotate(article('استقبل الملك محمد السادس الوفد.', 'وعلى صعيد آخر، احتفلت المدينة بعيدها السادس عشر.', 'وأعرب السادس عن ارتياحه.'));
    expect(result.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['محمد السادس']);
  });

  it('send a repeated short reference to the person named most recently', () => {
    const found = people('التقى الجنرال عاصم منير والجنرال راشد محمود.', 'وأشاد الجنرال منير بالدعم.');
    expect(found.map((p) => p.name)).toEqual(['عاصم منير', 'راشد محمود']);
  });
});

describe('discovering organizations and events', () => {
  const discovered = (text: string): [string, string, string | null][] =>
    annotate(article(text)).discovered.filter((e) => e.type !== 'person').map((e) => [e.type, e.name, e.country]);

  it('recognises organizations by head, complement and nisba', () => {
    expect(discovered('وذكرت وزارة الداخلية الباكستانية في بيان.')).toEqual([['organization', 'وزارة الداخلية الباكستانية', 'PK']]);
    expect(discovered('نظمها سلاح الجو الباكستاني.')).toEqual([['organization', 'سلاح الجو الباكستاني', 'PK']]);
    expect(discovered('شاركت القوات المسلحة الملكية في التمرين.')).toEqual([['organization', 'القوات المسلحة الملكية', null]]);
  });

  it('keeps a command area in the name, and reads the country after a national body as whose it is', () => {
    expect(discovered('وقال متحدث باسم القيادة الأمريكية في إفريقيا إن التمرين بدأ.').filter(([type]) => type === 'organization')).toEqual([['organization', 'القيادة الأمريكية في إفريقيا', 'US']]);
    expect(discovered('التقى الوزير المسؤول عن الإدارة الوطنية للدفاع في المغرب.').filter(([type]) => type === 'organization')).toEqual([['organization', 'الإدارة الوطنية للدفاع', 'MA']]);
  });

  it('takes a bare head and the city where it sits for no organization («هذه الإدارة بالرباط»)', () => {
    expect(discovered('استقبل الوزير ضيفه بمقر هذه الإدارة بالرباط.').filter(([type]) => type === 'organization')).toEqual([]);
  });

  it('ends an organization name before the name of whom it met, behind a preposition', () => {
    expect(discovered('وأمس، اجتمع قائد القوات المسلحة الباكستانية بالزموري والوفد المرافق له.')).toEqual([['organization', 'القوات المسلحة الباكستانية', 'PK']]);
    expect(discovered('والتقى قائد القوات البرية الموريتانية بالنجار في نواكشوط.')).toEqual([['organization', 'القوات البرية الموريتانية', 'MR']]);
    // A complement behind a preposition still belongs to the name.
    expect(discovered('وقالت المديرية العامة للأمن الوطني في بيان.')).toEqual([['organization', 'المديرية العامة للأمن الوطني', null]]);
  });

  it('ends an organization before ب and a definite word: where it sits, or how its holder acts', () => {
    expect(discovered('احتضن مقر القيادة العامة للقوات المسلحة الملكية بالعاصمة الرباط الحفل.')).toEqual([['organization', 'القيادة العامة للقوات المسلحة الملكية', null]]);
    expect(discovered('حضر رئيس دائرة الاستعمال لأركان الجيش الوطني الشعبي بالنيابة.')).toEqual([['organization', 'الجيش الوطني الشعبي', null]]);
  });

  it('ends an organization before a second nationality or, after its nationality, before ل and another head', () => {
    expect(discovered('تناول اللقاء التعاون بين القوات المسلحة المصرية والباكستانية في مجالات عدة.')).toEqual([['organization', 'القوات المسلحة المصرية', 'EG']]);
    expect(discovered('جاءت الزيارة بعد زيارة رئيس هيئة الأركان المشتركة الباكستانية للهيئة في يناير.')).toEqual([['organization', 'هيئة الأركان المشتركة الباكستانية', 'PK']]);
    expect(discovered('نقل تحيات رئيس أركان حرب القوات المسلحة للقوات المشاركة.')).toEqual([]);
  });

  it('reads البحرية after a definite noun as its adjective, naval, not as a navy', () => {
    expect(discovered('تعقد البحريتان المناورات البحرية السنوية المشتركة كل عام.')).toEqual([]);
    expect(discovered('وقال قائد البحرية الباكستانية إن التمرين نجح.')).toEqual([['organization', 'البحرية الباكستانية', 'PK']]);
  });

  it('reads ل and a complement of offices into the name, and a reorganized organization as no organization of its own', () => {
    expect(discovered('وانخرطت المديرية العامة لمراقبة التراب الوطني في الشراكة.')).toEqual([['organization', 'المديرية العامة لمراقبة التراب الوطني', null]]);
    expect(discovered('ورحب بالدعم في إعادة تنظيم الشرطة الفيدرالية وتعزيز كفاءتها.')).toEqual([]);
    expect(discovered('وأعلن تنظيم داعش مسؤوليته.')).toEqual([['organization', 'تنظيم داعش', null]]);
  });

  it('takes «chaired by» for no presidency, a commission for an organization, and no adverb for a proper name', () => {
    expect(discovered('استقبل المشير وفدا برئاسة الأمين العام للوزارة.')).toEqual([]);
    expect(discovered('وقالت مفوضية الانتخابات الباكستانية في بيان.')).toEqual([['organization', 'مفوضية الانتخابات الباكستانية', 'PK']]);
    expect(discovered('أفادت وكالة مهر نقلاً عن مصادر بذلك.')).toEqual([['organization', 'وكالة مهر', null]]);
  });

  it('ends an organization before what it meets for («للبحث في»), and keeps a complement that a place follows', () => {
    const organizations = (text: string) => discovered(text).filter(([type]) => type === 'organization').map(([, name]) => name);
    expect(organizations('أعلن الأمين العام عن اجتماع لقادة أركان الجيوش العربية للبحث في تشكيل قوة موحدة.')).toEqual([]);
    expect(organizations('وقعت الهيئة العربية للتصنيع في القاهرة اتفاقا.')).toEqual(['الهيئة العربية للتصنيع']);
  });

  it('gives a parenthesised short form to the organization it follows, but not when that organization completes an office', () => {
    const withAliases = (text: string) =>
      annotate(article(text)).discovered.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases]);
    expect(withAliases('وقالت وكالة الأنباء الأردنية (بترا) إن الوفد وصل.')).toEqual([['وكالة الأنباء الأردنية', ['بترا']]]);
    expect(withAliases('قال المدير العام للعلاقات العامة للقوات المسلحة الباكستانية (آي إس بي آر)، الفريق أحمد شريف شودري، إن الجيش مستعد.')).toEqual([
      ['القوات المسلحة الباكستانية', []],
    ]);
  });

  it('links the international organizations every dossier meets, by name and by the abbreviations the press writes in Arabic', () => {
    const organizations = (text: string) => annotate(article(text)).mentions.filter((m) => m.type === 'organization').map((m) => [m.entityId, m.text]);
    expect(organizations('وأكد الأمين العام للأمم المتحدة ومجلس التعاون الخليجي وجامعة الدول العربية دعمهم.')).toEqual([
      ['united-nations', 'للأمم المتحدة'],
      ['gcc', 'مجلس التعاون الخليجي'],
      ['arab-league', 'جامعة الدول العربية'],
    ]);
    expect(organizations('شارك المغرب في تمرين مع الناتو، وتنسق الشرطة مع الإنتربول.')).toEqual([['nato', 'الناتو'], ['interpol', 'الإنتربول']]);
    // A body of a known organization is that organization's mention, as for the registry's.
    expect(organizations('قالت الممثلة الخاصة لرئيس مفوضية الاتحاد الأفريقي إن الحوار مستمر.')).toEqual([['african-union', 'الاتحاد الأفريقي']]);
    expect(discovered('قالت الممثلة الخاصة لرئيس مفوضية الاتحاد الأفريقي إن الحوار مستمر.')).toEqual([]);
  });

  it('takes traffic for no movement («حركة المرور»), a staff for no body, and keeps a movement\'s name', () => {
    expect(discovered('قامت القوات بتحرير حركة المرور بالمعبر.')).toEqual([]);
    // So is a teaching staff, and armed forces named only as the country's.
    expect(discovered('حضر الحفل أعضاء هيئة التدريس بالكلية.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(discovered('وقامت القوات المسلحة للبلاد فجر اليوم بشن هجوم.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(discovered('وقالت حركة عدم الانحياز في بيان.')).toEqual([['organization', 'حركة عدم الانحياز', null]]);
  });

  it('takes the organizing of an event for no organization, and ends a name before a time word', () => {
    expect(discovered('أعلنت الوزارة عن تنظيم معرض آيدكس مطلع العام المقبل.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(discovered('وعلى هامش تنظيم حوار المنامة، التقى الوزير نظيره.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(discovered('وأعلن تنظيم الدولة مسؤوليته عن الهجوم.')).toEqual([['organization', 'تنظيم الدولة', null]]);
    expect(discovered('وشاركت القوات المسلحة الملكية مطلع الشهر في التمرين.')).toEqual([['organization', 'القوات المسلحة الملكية', null]]);
  });

  it('restores the article of لل in a discovered organization name', () => {
    expect(discovered('قال المتحدث العسكري للقوات المسلحة المصرية إن التدريب انتهى.')).toEqual([['organization', 'القوات المسلحة المصرية', 'EG']]);
  });

  it('takes a parenthesised short form as an alias', () => {
    const result = annotate(article('أفادت وكالة الأنباء الأردنية (بترا) بذلك.'));
    expect(result.discovered[0]).toMatchObject({ name: 'وكالة الأنباء الأردنية', aliases: ['بترا'] });
    expect(result.mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['وكالة الأنباء الأردنية', 'بترا']);
  });

  it('finds quoted exercise and fair names', () => {
    expect(discovered('شاركت في التدريبات متعددة الجنسيات “Indus Shield-2023″، التي نظمت في أكتوبر.')).toEqual([['event', 'Indus Shield-2023', null]]);
    expect(discovered('خلال تمارين “الأسد الإفريقي” لسنة 2023.')).toEqual([['event', 'الأسد الإفريقي', null]]);
    expect(discovered('خلال معرض الدفاع الدولي بالرياض.')).toEqual([['event', 'معرض الدفاع الدولي', null]]);
  });

  it('does not take a quoted ship class or slogan for an event', () => {
    expect(discovered('بناء فرقاطات من طراز “ميلغم” وأشاد بـ“الاحترافية العالية”.')).toEqual([]);
  });
});

describe('discovering places', () => {
  const places = (text: string): [string, string | null][] =>
    annotate(article(text)).discovered.filter((e) => e.type === 'place').map((e) => [e.name, e.country]);
  const linked = (text: string): string[] => annotate(article(text)).mentions.map((m) => `${m.type}:${m.text}`);

  it('takes the name after an area word for a place, the area word left outside the link', () => {
    expect(places('وقعت الاشتباكات بولاية باتنة شرق البلاد.')).toEqual([['باتنة', null]]);
    expect(linked('وقعت الاشتباكات بولاية باتنة شرق البلاد.')).toEqual(['place:باتنة']);
    expect(places('وصل الوفد إلى مدينة كانو النيجيرية مساء الأحد.')).toEqual([['كانو', 'NG']]);
  });

  it('reads every name joined by و after a plural area word, and a two-word name that starts like a toponym', () => {
    expect(places('تواصلت العمليات في ولايات باتنة وخنشلة وتبسة.').map(([name]) => name)).toEqual(['باتنة', 'خنشلة', 'تبسة']);
    expect(places('دارت المعارك قرب مدينة دير الزور.').map(([name]) => name)).toEqual(['دير الزور']);
  });

  it('names a base or an airport with its head and closing word, and its namesake is no mention of its own', () => {
    expect(places('تفقد الوزير قاعدة الأمير سلطان الجوية أمس.')).toEqual([['قاعدة الأمير سلطان الجوية', null]]);
    expect(linked('حطت الطائرة في مطار رفيق الحريري الدولي ظهرا.')).toEqual(['place:مطار رفيق الحريري الدولي']);
    expect(annotate(article('حطت الطائرة في مطار رفيق الحريري الدولي ظهرا.')).discovered.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('keeps an airport named after its town a mention of the town', () => {
    expect(places('وصل الوفد إلى مطار القاهرة الدولي.')).toEqual([]);
    expect(linked('وصل الوفد إلى مطار القاهرة الدولي.')).toEqual(['place:القاهرة']);
  });

  it('finds a palace that is entered or has a bare name, and a mountain', () => {
    expect(places('استقبل الرئيس ضيفه في قصر المرادية.')).toEqual([['قصر المرادية', null]]);
    expect(places('أعلن قصر الإليزيه أمس موعد الزيارة.')).toEqual([]);
    expect(places('تحصن المسلحون في جبل الشعانبي.')).toEqual([['جبل الشعانبي', null]]);
  });

  it('takes no common phrase after an area word, a base or a palace for a place', () => {
    for (const text of [
      'أعلن ترشحه لولاية ثانية.',
      'انتهت ولاية السيسي الأولى.',
      'يؤمن أنصاره بولاية الفقيه.',
      'أقيمت مدينة صناعية جديدة قرب الحدود.',
      'تعد من كبرى مدن الشمال.',
      'بنى الجيش قاعدة عسكرية وقاعدة بيانات جديدة.',
      'اشتكى من قصر المدة بين الجولتين.',
      'ناقش محافظة البنك المركزي.',
    ]) {
      expect(places(text), text).toEqual([]);
    }
  });

  it('links the bare name later in the article to the place an area word named', () => {
    expect(linked('وقعت الاشتباكات بولاية باتنة. وعاد الهدوء إلى باتنة مساء.')).toEqual(['place:باتنة', 'place:باتنة']);
    expect(places('وقعت الاشتباكات بولاية باتنة. وعاد الهدوء إلى باتنة مساء.')).toHaveLength(1);
  });

  it('takes a quoted name after an area word for a place, even where an exercise is spoken of', () => {
    expect(places('أجرت الناحية العسكرية مناورات بالذخيرة الحية بمنطقة “المحبس” قرب الحدود.')).toEqual([['المحبس', null]]);
    expect(linked('استعاد الجيش السيطرة على قرية "أم شعيفة" بريف المدينة.')).toEqual(['place:أم شعيفة']);
    // A quoted place the table knows stays a link to it.
    expect(linked('أجرى الجيش مناورات عسكرية بمنطقة "تيندوف" قرب الحدود.')).toEqual(['place:تيندوف']);
    expect(annotate(article('أجرى الجيش مناورات عسكرية بمنطقة "تيندوف" قرب الحدود.')).mentions[0]?.entityId).toBe('tindouf');
  });

  it('takes one bare name that a boundary closes after منطقة for a place, and no zone of a common noun', () => {
    expect(places('أقيم حفل في الأكاديمية الموجودة في البلدة التابعة لمنطقة كاكول.')).toEqual([['كاكول', null]]);
    expect(places('وتقع القاعدة بمنطقة لاداخ على الحدود.')).toEqual([['لاداخ', null]]);
    expect(places('أعلن الجيش منطقة عازلة على الحدود، وحذر من دخول منطقة نفوذ، ومنطقة العمليات، ومنطقة حظر الطيران.')).toEqual([]);
    expect(places('تعد المنطقة الجنوبية منطقة عسكرية مغلقة.')).toEqual([]);
  });

  it('knows the towns of the core countries that host bases, exercises and fairs, also in a bare list', () => {
    expect(linked('وتجري التمارين في مناطق طانطان، وبنجرير، ونوشهرة، وشرم الشيخ.')).toEqual(['place:طانطان', 'place:بنجرير', 'place:نوشهرة', 'place:شرم الشيخ']);
    // Each in the spellings the press gives it.
    expect(annotate(article('وصل الوفد إلى الرشيدية ثم إلى الراشيدية.')).mentions.map((m) => m.entityId)).toEqual(['errachidia', 'errachidia']);
  });

  it('leaves a name whose end it cannot tell unknown rather than cut it', () => {
    expect(places('اندلعت المعارك في مدينة سري كانيه الحدودية.')).toEqual([]);
  });
});
