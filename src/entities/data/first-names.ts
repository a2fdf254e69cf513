/**
 * First names that start a person's name in Arabic press text, with their
 * usual Latin spelling.
 *
 * Discovery uses this list to notice a name that no title announces
 * (`أن عبد اللطيف حموشي، المدير العام …`) and transliteration uses the
 * Latin column for readable slugs. It covers common Arab (Maghreb, Mashreq,
 * Gulf), Pakistani, Persian, Turkish and Afghan names, plus Western, Russian
 * and East Asian first names that defence coverage quotes often.
 *
 * Women's names are listed as men's are: an official the press names
 * without a title (`بزبيدة جلال خان، وزيرة …`) is found by them.
 *
 * One entry per line: `Arabic latin`, and a trailing `*` when the word is
 * also an ordinary word (`حسن` good, `علي` on (after ى → ي folding), `سلام`
 * peace, `جمال` beauty…): such a name starts a person only after a title or
 * when the next word is also a known name. `عبد` compounds are listed whole
 * (`عبد اللطيف`); `عبد` + anything else is handled by discovery.
 */
const LIST = `
محمد mohammed
محمّد mohammed
أحمد ahmed
محمود mahmoud
مصطفى mustafa
علي ali *
عمر omar *
عثمان othman
حسن hassan *
حسين hussein
الحسن al-hassan
الحسين al-hussein
خالد khaled *
سعيد said *
السعيد al-said
سعد saad *
يوسف youssef
إبراهيم ibrahim
إسماعيل ismail
إسحاق ishaq
يعقوب yaqoub
موسى moussa
عيسى issa
يحيى yahya
زكريا zakaria
سليمان suleiman
داود daoud
نوح nouh
آدم adam
هارون haroun
صالح saleh *
رشيد rachid *
راشد rashid *
حامد hamed *
حميد hamid *
محسن mohsen
ناصر nasser *
منصور mansour *
طارق tariq
زياد ziad
باسل bassel *
وليد walid *
هشام hicham
عادل adel *
كريم karim *
نبيل nabil *
جمال jamal *
كمال kamal *
فؤاد fouad
فيصل faisal
فهد fahd
تركي turki
سلطان sultan *
بندر bandar
نايف nayef
سلمان salman
عبد العزيز abdelaziz
عبد الله abdullah
عبدالله abdullah
عبد الرحمن abderrahmane
عبد الرحمان abderrahmane
عبد الكريم abdelkrim
عبد اللطيف abdellatif
عبد الفتاح abdel-fattah
عبد المجيد abdelmadjid
عبد الحميد abdelhamid
عبد الحكيم abdelhakim
عبد القادر abdelkader
عبد السلام abdeslam
عبد الإله abdelilah
عبد الوهاب abdelwahab
عبد الحفيظ abdelhafid
عبد الرزاق abderrazak
عبد الرحيم abderrahim
عبد العالي abdelali
عبد الغني abdelghani
عبد الجبار abduljabbar
عبد الملك abdulmalik
عبد الناصر abdel-nasser
عبد الحليم abdelhalim
عبد الواحد abdelwahed
عبد الصمد abdessamad
عبد النبي abdennabi
عبد الجليل abdeljalil
عبد الباسط abdelbasset
عبد الرؤوف abdelraouf
عبد الخالق abdelkhalek
عبد المنعم abdelmoneim
أنور anwar
أشرف ashraf
أيمن ayman
أسامة oussama
أكرم akram
أمين amine *
أنس anas
باسم bassem *
بشير bachir *
بشار bashar
توفيق tawfiq
ثامر thamer
جعفر jaafar
جواد jawad *
حاتم hatem
حازم hazem
حمد hamad
حمدان hamdan
خليل khalil
خليفة khalifa *
ذياب diab
رامي rami
رضا reda *
رياض riad *
زايد zayed
زهير zouhair
سامي sami
سامح sameh
سمير samir
سيف saif *
شريف sharif *
شكري choukri
صدقي sedki
صبحي sobhi
صلاح salah *
ضياء diaa
طلال talal
طه taha
عاطف atef
عامر amer
عباس abbas
عزيز aziz *
عصام issam
علاء alaa
عماد imad *
عمرو amr
عوض awad
غازي ghazi
فادي fadi
فاروق farouk
فارس fares *
فتحي fathi
فريد farid *
فوزي fawzi
قاسم qassem
لطفي lotfi
ماجد majed
مازن mazen
مالك malek *
مجدي magdy
مراد mourad
مروان marwan
مصطفي mustafa
معاذ moaz
منير mounir *
مهدي mahdi
نادر nader *
ناجي naji
نجيب najib
نزار nizar
نصر nasr *
نعيم naim
هاني hani
إيهاب ehab
مهند muhannad
حيدر haidar
كاظم kadhim
عدنان adnan
مثنى muthanna
فراس firas
عمار ammar
جاسم jassim
عبيد obaid
سعود saud
نواف nawaf
هزاع hazza
طحنون tahnoun
شخبوط shakhbout
شهاب shihab *
رعد raad *
صباح sabah *
نوري nouri *
فاضل fadel *
ماهر maher *
غالب ghaleb *
راضي radi *
مشعل mishaal *
مطر matar *
فرحان farhan *
فياض fayyad *
مجاهد mujahid *
صديق siddiq *
كامل kamil *
ممدوح mamdouh
ساهر saher *
زكي zaki *
رشاد rashad *
فخر fakhr *
صادق sadiq *
هيثم haytham
وائل wael
وحيد wahid *
ياسر yasser
ياسين yassine
يونس younes
إدريس driss
ادريس driss
بوعزة bouazza
العربي larbi
المصطفى al-mustafa
المهدي al-mahdi
الطيب al-tayeb *
الصادق al-sadek *
امحمد mhamed
حسني hosni
مبارك mubarak *
أنيس anis
إلياس elias
الياس elias
جورج george
فاطمة fatima
خديجة khadija
عائشة aicha
مريم maryam
زينب zineb
رقية ruqaya
سمية soumaya
حفصة hafsa
سارة sara
ليلى leila
سلمى salma
نادية nadia
سميرة samira
سعاد souad
نوال nawal
رانيا rania
سهير soheir
شيرين shirin
نسرين nesrine
ماجدة magda
فوزية fawzia
ثريا thuraya
لبنى loubna
دينا dina
غادة ghada
سوزان suzanne
مليكة malika
زبيدة zubaida
شيري sherry
هدى huda *
منى mona *
هند hind *
نجوى najwa *
حنان hanan *
أمينة amina *
نبيلة nabila *
رشيدة rachida *
هالة hala *
ياسمين yasmine *
إيمان iman *
أمل amal *
رجاء rajaa *
وفاء wafaa *
سناء sanaa *
بشرى bushra *
نزهة nezha *
نعيمة naima *
لطيفة latifa *
جميلة jamila *
كريمة karima *
حنا hina *
ميشال michel
ميشيل michel
جوزاف joseph
جوزيف joseph
إيلي elie
شارل charles
بيار pierre
نجيب najib
نافيد naveed
نويد naveed
آصف asif
شهباز shehbaz
شمشاد shamshad
بلاول bilawal
راحيل raheel
خاقان khaqan
واجد wajid
نواز nawaz
عمران imran
عاصم asim
رحيل raheel
جليل jalil *
بلال bilal
ذو الفقار zulfiqar
ذوالفقار zulfiqar
ظفر zafar *
ظهير zaheer
قمر qamar *
زبير zubair
شاهد shahid *
جاويد javed
جاوید javed
برويز pervez
ساجد sajid
زاهد zahid *
طاهر tahir *
عارف arif *
أعظم azam
نديم nadeem *
شوكت shaukat
ارشد arshad
أرشد arshad
مشرف musharraf
بينظير benazir
بختيار bakhtiar
رانا rana
تنوير tanveer
تانوير tanveer
غلام ghulam
بابر babar
أكبر akbar *
شاه shah *
إحسان ehsan *
سهيل suhail
حفيظ hafeez
ناريندرا narendra
أجيت ajit
مانوهار manohar
أميت amit
سوبرامانيام subrahmanyam
جايشانكار jaishankar
أنيل anil
راهول rahul
عليرضا alireza
قاسم qasem
أمير amir *
رضا reza
مجتبى mojtaba
مسعود masoud *
إسماعيل esmaeil
أبو abu *
رجب recep *
طيب tayyip *
يشار yasar *
خلوصي hulusi
خلوصى hulusi
هاكان hakan
متين metin
مولود mevlut
ميفلوت mevlut
سلجوق selcuk
أوميت umit
مراد murat
جودت cevdet
نعمان numan
إيلنور ilnur
جو joe *
جون john
جيمس james
ديفيد david
روبرت robert
مايكل michael
مايك mike
ويليام william
وليام william
توماس thomas
تشارلز charles
ريتشارد richard
مارك mark
بول paul
بيتر peter
كريستوفر christopher
لويد lloyd
أنتوني anthony
أنطوني anthony
أنطونيو antonio
دونالد donald
باراك barack
هيلاري hillary
كامالا kamala
بيت pete *
ليزا lisa
ماري mary
كاترين catherine
كاثرين catherine
إيمانويل emmanuel
إيمانويل emmanuel
فرانسوا francois
جان jean
سيباستيان sebastien
فلورانس florence
أولاف olaf
بوريس boris
ماتيو matteo
ألبرتو alberto
جوزيبي giuseppe
بيدرو pedro
خوسيه jose
مارغريتا margarita
فلاديمير vladimir
سيرغي sergei
سيرجي sergei
ديمتري dmitry
أندريه andrei
ألكسندر alexander
الكسندر alexander
فاليري valery
ميخائيل mikhail
نيكولاي nikolai
يفغيني yevgeny
فولوديمير volodymyr
ريشي rishi
شي xi *
وانغ wang
لي li *
تشانغ zhang
يون yoon
مون moon
كيم kim
فوميو fumio
شينزو shinzo
جوكو joko
برابوو prabowo
`;

/** One lexicon entry. */
export interface FirstName {
  /** The name as written (may be two words: `عبد اللطيف`). */
  name: string;
  /** Usual Latin spelling, used by transliteration. */
  latin: string;
  /** True when the word is also an ordinary word and needs a title or a second name. */
  ambiguous: boolean;
}

/** The lexicon, parsed once. */
export const FIRST_NAMES: readonly FirstName[] = LIST.split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => {
    const words = line.split(/\s+/);
    const ambiguous = words[words.length - 1] === '*';
    if (ambiguous) words.pop();
    const latin = words.pop() ?? '';
    return { name: words.join(' '), latin, ambiguous };
  });
