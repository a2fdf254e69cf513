/**
 * Writing search keys into rendered HTML: hidden spans after the words that
 * need them, and nothing else changed.
 */
import { describe, expect, it } from 'vitest';
import { addSearchKeys } from '../../../src/search/annotate-html.ts';

const key = (keys: string) => `<span class="search-key" hidden> ⟦ ${keys} ⟧</span>`;

describe('addSearchKeys', () => {
  it('adds a hidden key span after each word that needs one', () => {
    expect(addSearchKeys('<p>مع للقوات الجوية</p>')).toBe(`<p>مع للقوات${key('قوات')} الجوية${key('جويه')}</p>`);
  });

  it('leaves words that need no key, tags and attributes alone', () => {
    const html = '<p class="x" title="المغرب > الرباط">حموشي في <a href="/countries/ma/">باكستان</a></p>';
    expect(addSearchKeys(html)).toBe(html);
  });

  it('never reads a character reference as a word', () => {
    expect(addSearchKeys('<p>&amp; &quot;حموشي&quot;</p>')).toBe('<p>&amp; &quot;حموشي&quot;</p>');
  });

  it('does not touch scripts, styles or existing key spans', () => {
    const html = '<p>القاهرة</p><script>const القاهرة = 1;</script><style>.الجو{}</style>';
    expect(addSearchKeys(html)).toBe(`<p>القاهرة${key('قاهره')}</p><script>const القاهرة = 1;</script><style>.الجو{}</style>`);
    const entity = `<a class="entity">حموشي</a>${key('عبد لطيف حموشي')}`;
    expect(addSearchKeys(entity)).toBe(entity);
  });

  it('keys a word the way Pagefind reads it, across inline elements', () => {
    expect(addSearchKeys('<p>ل<a href="#">إسلام</a> أباد</p>')).toBe(`<p>ل<a href="#">إسلام${key('اسلام')}</a> أباد</p>`);
    expect(addSearchKeys('<p>و<a href="#">المغرب</a>، ثم</p>')).toBe(`<p>و<a href="#">المغرب${key('مغرب')}</a>، ثم</p>`);
  });

  it('does not repeat a key the entity names after a link already hold', () => {
    const names = key('مغرب morocco');
    expect(addSearchKeys(`<p>و<a href="#">المغرب</a>${names} ثم</p>`)).toBe(`<p>و<a href="#">المغرب</a>${names} ثم</p>`);
    // The link's own keys that the names lack are still written.
    expect(addSearchKeys(`<p><a href="#">القاهرة</a>${key('cairo')}</p>`)).toBe(`<p><a href="#">القاهرة${key('قاهره')}</a>${key('cairo')}</p>`);
  });

  it('lets block elements end a word', () => {
    expect(addSearchKeys('<p>ل</p><p>الرباط</p>')).toBe(`<p>ل</p><p>الرباط${key('رباط')}</p>`);
  });

  it('keeps punctuation after the word, outside the key span', () => {
    expect(addSearchKeys('<p>والمغرب، ثم</p>')).toBe(`<p>والمغرب${key('مغرب')}، ثم</p>`);
  });
});
