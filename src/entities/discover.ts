/**
 * Discovery: people, organizations and events that nobody curated.
 *
 * Arabic has no capital letters, so a name is recognised by what frames it:
 *
 * - a title chain before it: rank (`الفريق أول`), honorific (`السيد`),
 *   royal title (`الملك`), or a function head with its complement
 *   (`وزير الدفاع الباكستاني`, `رئيس هيئة أركان القوات البرية الباكستانية`),
 *   or `نظيره` + nisba;
 * - an apposition: `TITLE، NAME،` (`وزير الدفاع التركي، يشار غولر،`);
 * - a first name from the lexicon (`أن عبد اللطيف حموشي، …`).
 *
 * The name then runs over name-like words and stops at punctuation, a
 * particle or common verb, a title, a word that carries a preposition
 * (`برحيل`, `بالمجمع`), or a known place or organization; `محمد السادس`
 * keeps its regnal number, `بن`/`عبد`/`أبو` join the next word, and a
 * family name may be a definite nisba-like word (`الجيلاني`, even
 * `السوداني` at the end of a name). A title followed by one name word
 * (`الجنرال منير`, `السيد الشودري`) is a short reference, resolved to a
 * full name of the same article by `resolvePeople`, never a new person when
 * the article names someone it fits.
 *
 * Roles come from the same frames: the title chain before the name, a title
 * phrase before the comma that precedes it, and an apposition after it
 * (`X، المفتش العام للشرطة بالنيابة بوزارة الداخلية الباكستانية،`). The
 * country is the first country or nisba in those, or that of a known
 * organization in them.
 *
 * Organizations are a head (`وزارة`, `القوات`, `سلاح`, `وكالة` …) plus a
 * definite complement, made specific by a nisba, a qualifier
 * (`الملكية`, `الشعبي`) or a strong head; events are quoted names after
 * `تمارين`/`مناورات`/`معرض`… or `معرض` + a definite complement; places
 * the table lacks are a proper name after an area word (`بولاية القصرين`)
 * or a named facility (`قاعدة العديد الجوية`, `في قصر الاتحادية`).
 *
 * The work is split by question: `view.ts` (what a word is), `names.ts`
 * (where a name ends), `roles.ts` (title chains and roles), `people.ts`
 * (sightings and identities), `shapes.ts` (organizations and events),
 * `place-shapes.ts` (places). This module is their public face.
 *
 * Everything here is heuristic by nature; the rules are tables and word
 * shapes, never strings of one article. Limits: names split by a line break
 * are not discovered, nor names written in Latin letters unless an office
 * follows them after a comma (`بـ Alex PINFIELD، سفير المملكة المتحدة`); a
 * surname alone with no title and no earlier full name is not a person.
 */

export { opensVesselName, paragraphView, type ParagraphView, type TitleHit } from './view.ts';
export { roleAround, type Role } from './roles.ts';
export { findPeople, indexPeople, nameCore, resolvePeople, shortForms, unitsOfName, writesAbdGlued, type PeopleIndex, type PersonSighting, type ResolvedPeople } from './people.ts';
export { findEvents, findOrganizations, spanEntities, type SpanFinding } from './shapes.ts';
export { findPlaces } from './place-shapes.ts';
