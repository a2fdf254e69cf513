/**
 * Capitals, major cities and world regions, each city linked to its country.
 *
 * ISO 3166 and CLDR name countries but not their cities, so this table is
 * curated: the capital of every country defence coverage in Arabic touches
 * often (about ninety), the handful of large cities each core country is
 * reported from (ports, bases, fair venues), and the continents, seas,
 * straits and regions strategic reporting names (`الشرق الأوسط`,
 * `البحر الأحمر`, `مضيق هرمز`). A place is an entity with a Latin slug id
 * (`rabat`, `islamabad`) and the country it belongs to, if any.
 *
 * One entry per line: `id | ISO alpha-2 | English | Arabic spellings…`, the
 * first Arabic spelling being the display name. Mark a capital with `*`
 * after its id. Spellings that fold to the same key (`إسلام آباد`,
 * `إسلام أباد`, `اسلام اباد`) need only be listed once. Names that are
 * also the country's name (`الجزائر`, `تونس`, `الكويت`, `جيبوتي`) are listed
 * only in their unambiguous city form (`الجزائر العاصمة`).
 */
const LIST = `
rabat* | MA | Rabat | الرباط
sale | MA | Salé | سلا
casablanca | MA | Casablanca | الدار البيضاء | الدارالبيضاء
marrakech | MA | Marrakesh | مراكش
fes | MA | Fez | فاس
tangier | MA | Tangier | طنجة
agadir | MA | Agadir | أكادير | أغادير
meknes | MA | Meknes | مكناس
oujda | MA | Oujda | وجدة
kenitra | MA | Kenitra | القنيطرة
tetouan | MA | Tetouan | تطوان
laayoune | MA | Laayoune | العيون
al-hoceima | MA | Al Hoceima | الحسيمة
ben-guerir | MA | Ben Guerir | بنجرير | بن جرير
tan-tan | MA | Tan-Tan | طانطان | طان طان
guelmim | MA | Guelmim | كلميم
tiznit | MA | Tiznit | تزنيت
errachidia | MA | Errachidia | الرشيدية | الراشيدية
ouarzazate | MA | Ouarzazate | ورزازات
smara | MA | Smara | السمارة
boujdour | MA | Boujdour | بوجدور
nador | MA | Nador | الناظور
taza | MA | Taza | تازة
khouribga | MA | Khouribga | خريبكة
safi | MA | Safi | آسفي
settat | MA | Settat | سطات
beni-mellal | MA | Beni Mellal | بني ملال
larache | MA | Larache | العرائش
essaouira | MA | Essaouira | الصويرة
islamabad* | PK | Islamabad | إسلام آباد | إسلام أباد | إسلامآباد
karachi | PK | Karachi | كراتشي
lahore | PK | Lahore | لاهور
rawalpindi | PK | Rawalpindi | راولبندي
peshawar | PK | Peshawar | بيشاور
quetta | PK | Quetta | كويتا
gwadar | PK | Gwadar | جوادر | غوادر
khyber-pakhtunkhwa | PK | Khyber Pakhtunkhwa | خيبر بختونخوا | خيبر بختونخواه | خيبر باختونخوا
balochistan | PK | Balochistan | بلوشستان | بلوتشستان
sialkot | PK | Sialkot | سيالكوت
multan | PK | Multan | ملتان
faisalabad | PK | Faisalabad | فيصل آباد
abbottabad | PK | Abbottabad | أبوت آباد | ابت آباد
nowshera | PK | Nowshera | نوشهرة | ناوشيرا | نوشيرا
sargodha | PK | Sargodha | سرغودا
cairo* | EG | Cairo | القاهرة
alexandria | EG | Alexandria | الإسكندرية
giza | EG | Giza | الجيزة
port-said | EG | Port Said | بورسعيد | بور سعيد
suez | EG | Suez | السويس
aswan | EG | Aswan | أسوان
sharm-el-sheikh | EG | Sharm El Sheikh | شرم الشيخ
hurghada | EG | Hurghada | الغردقة
marsa-matruh | EG | Marsa Matruh | مرسى مطروح
ismailia | EG | Ismailia | الإسماعيلية
arish | EG | Arish | العريش
tanta | EG | Tanta | طنطا
riyadh* | SA | Riyadh | الرياض
jeddah | SA | Jeddah | جدة
mecca | SA | Mecca | مكة المكرمة | مكة
medina | SA | Medina | المدينة المنورة
dammam | SA | Dammam | الدمام
dhahran | SA | Dhahran | الظهران
tabuk | SA | Tabuk | تبوك
ankara* | TR | Ankara | أنقرة
istanbul | TR | Istanbul | إسطنبول | اسطنبول | إستانبول | إسطانبول
izmir | TR | Izmir | إزمير
algiers* | DZ | Algiers | الجزائر العاصمة
oran | DZ | Oran | وهران
constantine | DZ | Constantine | قسنطينة
annaba | DZ | Annaba | عنابة
tindouf | DZ | Tindouf | تندوف | تيندوف
tamanrasset | DZ | Tamanrasset | تمنراست
ouargla | DZ | Ouargla | ورقلة
tunis* | TN | Tunis | تونس العاصمة
sfax | TN | Sfax | صفاقس
sousse | TN | Sousse | سوسة
tripoli* | LY | Tripoli | طرابلس | طرابلس الغرب
benghazi | LY | Benghazi | بنغازي
misrata | LY | Misrata | مصراتة
nouakchott* | MR | Nouakchott | نواكشوط | انواكشوط
khartoum* | SD | Khartoum | الخرطوم
port-sudan | SD | Port Sudan | بورتسودان | بور سودان
omdurman | SD | Omdurman | أم درمان
baghdad* | IQ | Baghdad | بغداد
mosul | IQ | Mosul | الموصل
basra | IQ | Basra | البصرة
erbil | IQ | Erbil | أربيل
kirkuk | IQ | Kirkuk | كركوك
damascus* | SY | Damascus | دمشق
aleppo | SY | Aleppo | حلب
homs | SY | Homs | حمص
latakia | SY | Latakia | اللاذقية
tartus | SY | Tartus | طرطوس
idlib | SY | Idlib | إدلب
beirut* | LB | Beirut | بيروت
tripoli-lebanon | LB | Tripoli (Lebanon) | طرابلس | طرابلس الشام
sidon | LB | Sidon | صيدا
amman* | JO | Amman | عمّان
aqaba | JO | Aqaba | العقبة
zarqa | JO | Zarqa | الزرقاء
irbid | JO | Irbid | إربد
jerusalem | - | Jerusalem | القدس | القدس الشريف
ramallah | PS | Ramallah | رام الله
gaza | PS | Gaza | غزة | قطاع غزة
tel-aviv | IL | Tel Aviv | تل أبيب
haifa | IL | Haifa | حيفا
kuwait-city | KW | Kuwait City | مدينة الكويت
doha* | QA | Doha | الدوحة
manama* | BH | Manama | المنامة
abu-dhabi* | AE | Abu Dhabi | أبوظبي | أبو ظبي
dubai | AE | Dubai | دبي
muscat* | OM | Muscat | مسقط
sanaa* | YE | Sanaa | صنعاء
aden | YE | Aden | عدن
hodeidah | YE | Hodeidah | الحديدة
tehran* | IR | Tehran | طهران
isfahan | IR | Isfahan | أصفهان
bandar-abbas | IR | Bandar Abbas | بندر عباس
kabul* | AF | Kabul | كابول | كابل
new-delhi* | IN | New Delhi | نيودلهي | نيو دلهي | دلهي الجديدة
mumbai | IN | Mumbai | مومباي | بومباي
beijing* | CN | Beijing | بكين | بيجين | بيجينغ
shanghai | CN | Shanghai | شنغهاي | شانغهاي
hong-kong | CN | Hong Kong | هونغ كونغ
tokyo* | JP | Tokyo | طوكيو
seoul* | KR | Seoul | سيول | سول
pyongyang* | KP | Pyongyang | بيونغ يانغ | بيونغيانغ
moscow* | RU | Moscow | موسكو
saint-petersburg | RU | Saint Petersburg | سان بطرسبورغ | سانت بطرسبرغ | سانت بطرسبورغ | سان بطرسبرغ
kyiv* | UA | Kyiv | كييف | كييف
minsk* | BY | Minsk | مينسك
warsaw* | PL | Warsaw | وارسو
berlin* | DE | Berlin | برلين
paris* | FR | Paris | باريس
london* | GB | London | لندن
madrid* | ES | Madrid | مدريد
rome* | IT | Rome | روما
lisbon* | PT | Lisbon | لشبونة
athens* | GR | Athens | أثينا
vienna* | AT | Vienna | فيينا
bern* | CH | Bern | برن
geneva | CH | Geneva | جنيف
brussels* | BE | Brussels | بروكسل
amsterdam* | NL | Amsterdam | أمستردام
the-hague | NL | The Hague | لاهاي
stockholm* | SE | Stockholm | ستوكهولم
oslo* | NO | Oslo | أوسلو
copenhagen* | DK | Copenhagen | كوبنهاغن | كوبنهاجن
helsinki* | FI | Helsinki | هلسنكي
bucharest* | RO | Bucharest | بوخارست
sofia* | BG | Sofia | صوفيا
budapest* | HU | Budapest | بودابست
prague* | CZ | Prague | براغ
belgrade* | RS | Belgrade | بلغراد
nicosia* | CY | Nicosia | نيقوسيا
washington* | US | Washington | واشنطن
new-york | US | New York | نيويورك
ottawa* | CA | Ottawa | أوتاوا
mexico-city* | MX | Mexico City | مكسيكو سيتي | مدينة مكسيكو
brasilia* | BR | Brasilia | برازيليا
buenos-aires* | AR | Buenos Aires | بوينس آيرس
canberra* | AU | Canberra | كانبرا | كانبيرا
jakarta* | ID | Jakarta | جاكرتا
kuala-lumpur* | MY | Kuala Lumpur | كوالالمبور | كوالا لمبور
bangkok* | TH | Bangkok | بانكوك
manila* | PH | Manila | مانيلا
hanoi* | VN | Hanoi | هانوي
dhaka* | BD | Dhaka | دكا | داكا
colombo* | LK | Colombo | كولومبو
kathmandu* | NP | Kathmandu | كاتماندو
tashkent* | UZ | Tashkent | طشقند
astana* | KZ | Astana | أستانا
baku* | AZ | Baku | باكو
yerevan* | AM | Yerevan | يريفان
tbilisi* | GE | Tbilisi | تبليسي
abuja* | NG | Abuja | أبوجا
lagos | NG | Lagos | لاغوس
dakar* | SN | Dakar | داكار
bamako* | ML | Bamako | باماكو
niamey* | NE | Niamey | نيامي
ndjamena* | TD | N'Djamena | نجامينا | انجامينا | أنجامينا
ouagadougou* | BF | Ouagadougou | واغادوغو
abidjan | CI | Abidjan | أبيدجان
accra* | GH | Accra | أكرا
yaounde* | CM | Yaounde | ياوندي
addis-ababa* | ET | Addis Ababa | أديس أبابا
nairobi* | KE | Nairobi | نيروبي
mogadishu* | SO | Mogadishu | مقديشو
asmara* | ER | Asmara | أسمرة
kampala* | UG | Kampala | كمبالا
kigali* | RW | Kigali | كيغالي
dodoma* | TZ | Dodoma | دودوما
kinshasa* | CD | Kinshasa | كينشاسا
luanda* | AO | Luanda | لواندا
pretoria* | ZA | Pretoria | بريتوريا
johannesburg | ZA | Johannesburg | جوهانسبرغ
antananarivo* | MG | Antananarivo | أنتاناناريفو
libreville* | GA | Libreville | ليبرفيل
juba* | SS | Juba | جوبا
africa | - | Africa | إفريقيا | أفريقيا | القارة الإفريقية | القارة السمراء
asia | - | Asia | آسيا | القارة الآسيوية
europe | - | Europe | أوروبا | أوربا | القارة الأوروبية | القارة العجوز
north-america | - | North America | أمريكا الشمالية | أميركا الشمالية
latin-america | - | Latin America | أمريكا اللاتينية | أميركا اللاتينية | أمريكا الجنوبية | أميركا الجنوبية
middle-east | - | Middle East | الشرق الأوسط | منطقة الشرق الأوسط
north-africa | - | North Africa | شمال إفريقيا | شمال أفريقيا
west-africa | - | West Africa | غرب إفريقيا | غرب أفريقيا
horn-of-africa | - | Horn of Africa | القرن الإفريقي | القرن الأفريقي
maghreb | - | Maghreb | المغرب العربي | منطقة المغرب العربي | بلدان المغرب العربي
sahel | - | Sahel | منطقة الساحل | الساحل الإفريقي | منطقة الساحل والصحراء
gulf-region | - | Gulf region | منطقة الخليج | منطقة الخليج العربي | الخليج العربي | الخليج الفارسي
central-asia | - | Central Asia | آسيا الوسطى
caucasus | - | Caucasus | القوقاز
balkans | - | Balkans | البلقان
korean-peninsula | - | Korean Peninsula | شبه الجزيرة الكورية
sinai | EG | Sinai | سيناء | شبه جزيرة سيناء
golan | SY | Golan Heights | الجولان | هضبة الجولان
kashmir | - | Kashmir | كشمير | إقليم كشمير
mediterranean | - | Mediterranean Sea | البحر الأبيض المتوسط | البحر المتوسط
red-sea | - | Red Sea | البحر الأحمر
black-sea | - | Black Sea | البحر الأسود
arabian-sea | - | Arabian Sea | بحر العرب
south-china-sea | - | South China Sea | بحر الصين الجنوبي
baltic-sea | - | Baltic Sea | بحر البلطيق
gulf-of-aden | - | Gulf of Aden | خليج عدن
atlantic | - | Atlantic Ocean | المحيط الأطلسي | المحيط الأطلنطي
pacific | - | Pacific Ocean | المحيط الهادئ | المحيط الهادي
indian-ocean | - | Indian Ocean | المحيط الهندي
strait-of-hormuz | - | Strait of Hormuz | مضيق هرمز
strait-of-gibraltar | - | Strait of Gibraltar | مضيق جبل طارق
bab-el-mandeb | - | Bab el-Mandeb | باب المندب | مضيق باب المندب
suez-canal | EG | Suez Canal | قناة السويس
`;

/** One row of the table. */
export interface PlaceRow {
  id: string;
  /** ISO alpha-2, or null for places whose country the dossier does not assign. */
  country: string | null;
  nameEn: string;
  /** Arabic spellings; the first is the display name. */
  names: string[];
  capital: boolean;
}

/** The table, parsed once. */
export const PLACES: readonly PlaceRow[] = LIST.split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => {
    const [rawId = '', country = '', nameEn = '', ...names] = line.split('|').map((cell) => cell.trim());
    const capital = rawId.endsWith('*');
    return {
      id: capital ? rawId.slice(0, -1) : rawId,
      country: country === '-' ? null : country,
      nameEn,
      names: names.filter(Boolean),
      capital,
    };
  });
