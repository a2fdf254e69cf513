import { describe, expect, test } from 'vitest';
import { pageFile } from '../../../src/integrations/search-index.ts';

describe('search index while rendering', () => {
  test('a page is indexed under the file Astro writes it to, without the base path', () => {
    expect(pageFile('/articles/000_abc/', '/')).toBe('articles/000_abc/index.html');
    expect(pageFile('/malaff/articles/000_abc/', '/malaff/')).toBe('articles/000_abc/index.html');
    expect(pageFile('/malaff/', '/malaff')).toBe('index.html');
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/404.html', '/')).toBe('404.html');
  });

  test('an Arabic file name is indexed as written on disk, not percent-encoded', () => {
    const encoded = `/articles/${encodeURIComponent('وفد-تركي')}/`;
    expect(pageFile(encoded, '/')).toBe('articles/وفد-تركي/index.html');
  });
});
