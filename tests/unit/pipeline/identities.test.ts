/**
 * The dossier's people: spellings of one official that articles discovered
 * apart end on one page, and different people stay apart.
 */
import { describe, expect, it } from 'vitest';
import { nameCore } from '../../../src/entities/discover.ts';
import { formerIdsOf, reidentify, unifyPeople } from '../../../src/pipeline/identities.ts';
import { nameLatin, nameSlug } from '../../../src/entities/lexicon.ts';
import type { AnnotatedArticle, Entity } from '../../../src/pipeline/types.ts';

/** A person as discovery mints one: id and Latin name from the Arabic. */
function discovered(name: string, country: string | null = 'PK', over: Partial<Entity> = {}): Entity {
  return { id: nameSlug(name), type: 'person', name, nameEn: nameLatin(name), aliases: [], country, titles: [], wikidata: null, reviewed: false, ...over };
}

/** The id each name's person ends under. */
function pagesOf(people: Entity[], registry: Entity[] = []): string[] {
  const identities = unifyPeople(registry, people);
  return people.map((person) => identities.get(person.id)?.id ?? person.id);
}

describe('nameCore', () => {
  it('drops the official styles written in front of a name, while two units remain', () => {
    expect(nameCore('محمد شهباز شريف')).toBe(nameCore('شهباز شريف'));
    expect(nameCore('سيد عاصم منير')).toBe(nameCore('عاصم منير'));
    expect(nameCore('مخدوم شاه محمود قريشي')).toBe(nameCore('شاه محمود قريشي'));
    expect(nameCore('خواجة محمد آصف')).toBe(nameCore('محمد آصف'));
  });

  it('reads عبد glued to the name it joins as written apart', () => {
    expect(nameCore('عبدالمجيد صقر')).toBe(nameCore('عبد المجيد صقر'));
    expect(nameCore('عبدالله بن زايد')).toBe(nameCore('عبد الله بن زايد آل نهيان'));
  });

  it('drops the ancestors and the house after a father, and only those', () => {
    expect(nameCore('محمد بن سلمان بن عبد العزيز آل سعود')).toBe(nameCore('محمد بن سلمان'));
    expect(nameCore('عبد الله بن زايد آل نهيان')).toBe(nameCore('عبد الله بن زايد'));
    expect(nameCore('طارق بن زياد الحربي')).not.toBe(nameCore('طارق بن زياد'));
  });

  it('keeps a given name that makes someone else of a name, and the father of a son-of name', () => {
    expect(nameCore('كلثوم نواز شريف')).not.toBe(nameCore('نواز شريف'));
    expect(nameCore('محمد بن سلمان')).not.toBe(nameCore('سلمان'));
    expect(nameCore('محمد بن سلمان بن عبد العزيز')).not.toBe(nameCore('سلمان بن عبد العزيز'));
  });

  it('has no core for a name of one unit', () => {
    expect(nameCore('خالد')).toBeUndefined();
    expect(nameCore('سيد منير')).toBe('سيد منير');
  });
});

describe('unifyPeople', () => {
  it('puts an official written with and without a style on the page of the bare name', () => {
    const people = [discovered('محمد شهباز شريف'), discovered('شهباز شريف'), discovered('سيد عاصم منير'), discovered('عاصم منير')];
    expect(pagesOf(people)).toEqual(['shehbaz-sharif', 'shehbaz-sharif', 'asim-mounir', 'asim-mounir']);
  });

  it('gives the same pages whatever order the articles come in', () => {
    const people = [discovered('محمد بن سلمان بن عبد العزيز آل سعود'), discovered('محمد بن سلمان بن عبد العزيز'), discovered('محمد بن سلمان')];
    expect(pagesOf(people)).toEqual(Array(3).fill(nameSlug('محمد بن سلمان')));
    expect(pagesOf(people.toReversed())).toEqual(Array(3).fill(nameSlug('محمد بن سلمان')));
  });

  it('prefers a given name written without the article, which the join reads as the same', () => {
    expect(pagesOf([discovered('الحسن القحطاني', 'MA'), discovered('حسن القحطاني', 'MA')])).toEqual(Array(2).fill(nameSlug('حسن القحطاني')));
  });

  it('names the page with عبد written apart when articles write it both ways', () => {
    expect(pagesOf([discovered('عبدالمجيد صقر', 'EG'), discovered('عبد المجيد صقر', 'EG')])).toEqual(Array(2).fill(nameSlug('عبد المجيد صقر')));
  });

  it('joins two styled spellings even when no article writes the bare name', () => {
    const pages = pagesOf([discovered('سيد عاصم منير'), discovered('محمد عاصم منير')]);
    expect(new Set(pages).size).toBe(1);
  });

  it('keeps apart people of the same core from different countries, and a stranger of no country among them', () => {
    const people = [discovered('محمد أحمد علي', 'EG'), discovered('أحمد علي', 'IQ'), discovered('سيد أحمد علي', null)];
    expect(pagesOf(people)).toEqual(people.map((person) => person.id));
  });

  it('lets a person of no known country join the others when they agree on one', () => {
    const people = [discovered('محمد شهباز شريف', null), discovered('شهباز شريف', 'PK')];
    expect(pagesOf(people)).toEqual(['shehbaz-sharif', 'shehbaz-sharif']);
  });

  it('never joins a daughter or a son to her father\'s page', () => {
    const people = [discovered('نواز شريف'), discovered('مريم نواز شريف'), discovered('سلمان بن عبد العزيز', 'SA'), discovered('محمد بن سلمان بن عبد العزيز', 'SA')];
    expect(pagesOf(people)).toEqual(people.map((person) => person.id));
  });

  it('sends a discovered spelling of a curated official to the registry\'s page', () => {
    const curated = discovered('شهباز شريف', 'PK', { id: 'shehbaz-sharif-pm', reviewed: true, aliases: ['شهباز شريف'] });
    expect(pagesOf([discovered('محمد شهباز شريف')], [curated])).toEqual(['shehbaz-sharif-pm']);
  });
});

describe('formerIdsOf', () => {
  it('lists, for each page, the ids of the spellings joined into it', () => {
    const identities = unifyPeople([], [discovered('سيد عاصم منير'), discovered('محمد عاصم منير'), discovered('عاصم منير'), discovered('نواز شريف')]);
    expect(formerIdsOf(identities)).toEqual(new Map([['asim-mounir', [nameSlug('محمد عاصم منير'), nameSlug('سيد عاصم منير')].sort()]]));
  });
});

describe('reidentify', () => {
  const article = (people: Entity[]): AnnotatedArticle =>
    ({
      paragraphs: [people.map((person) => person.name).join(' و')],
      mentions: people.map((person) => ({ entityId: person.id, type: 'person', paragraph: 0, start: 0, end: person.name.length, text: person.name })),
      discovered: people,
    }) as unknown as AnnotatedArticle;

  it('points the article\'s mentions at the shared page and keeps its spelling as an alias', () => {
    const styled = discovered('محمد شهباز شريف', 'PK', { titles: [{ title: 'رئيس الوزراء الباكستاني' }] });
    const identities = unifyPeople([], [styled, discovered('شهباز شريف')]);
    const { article: joined, renamed } = reidentify(article([styled]), identities);
    expect(joined.mentions.map((mention) => mention.entityId)).toEqual(['shehbaz-sharif']);
    expect(joined.discovered).toEqual([
      { ...styled, id: 'shehbaz-sharif', name: 'شهباز شريف', nameEn: nameLatin('شهباز شريف'), aliases: ['محمد شهباز شريف'] },
    ]);
    expect(renamed).toBe(`${styled.id}>shehbaz-sharif`);
  });

  it('leaves an article without a joined person as it was', () => {
    const other = article([discovered('نواز شريف')]);
    const identities = unifyPeople([], [discovered('محمد شهباز شريف'), discovered('شهباز شريف')]);
    expect(reidentify(other, identities)).toEqual({ article: other, renamed: '' });
    expect(reidentify(other, identities).article).toBe(other);
  });

  it('drops a discovered person who is a curated one from the article\'s discoveries', () => {
    const curated = discovered('شهباز شريف', 'PK', { id: 'shehbaz-sharif-pm', reviewed: true });
    const styled = discovered('محمد شهباز شريف');
    const { article: joined } = reidentify(article([styled]), unifyPeople([curated], [styled]));
    expect(joined.discovered).toEqual([]);
    expect(joined.mentions[0]?.entityId).toBe('shehbaz-sharif-pm');
  });
});
