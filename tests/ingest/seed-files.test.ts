import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/ingest';
import { allSeedFiles, readSeed, seedExpectations } from './support/seeds';

const cases = seedExpectations();

describe('parseArticle on the seed files', () => {
  it('has one expectation fixture per raw seed file', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(allSeedFiles());
    expect(cases).toHaveLength(20);
  });

  describe.each(cases.map((c) => [c.file, c] as const))('%s', (file, want) => {
    const { raw, name } = readSeed(file);
    const article = parseArticle(raw, name);

    it('reads outlet, title, url and source', () => {
      expect(article.outlet.id).toBe(want.outlet);
      expect(article.title).toBe(want.title);
      expect(article.url).toBe(want.url);
      expect(article.source).toBe(name);
    });

    it('dates the article with its evidence', () => {
      expect(article.publishedAt).toBe(want.publishedAt);
      expect(article.publishedEvidence.kind).toBe(want.evidence);
    });

    it('detects script and language', () => {
      expect(article.script).toBe(want.script);
      expect(article.language).toBe(want.script === 'traditional' ? 'zh-Hant' : want.script === 'latin' ? 'en' : 'zh-Hans');
    });

    it('takes byline and editor out as metadata', () => {
      expect(article.byline).toBe(want.byline);
      expect(article.editor).toBe(want.editor);
      if (want.byline) expect(article.text).not.toContain(want.byline + '\n');
    });

    it('starts and ends the text with the story’s first and last sentences', () => {
      expect(article.text.startsWith(want.first)).toBe(true);
      expect(article.text.endsWith(want.last)).toBe(true);
    });

    it('marks section heads as kind h', () => {
      const heads = article.paragraphs
        .filter((p) => p.kind === 'h')
        .map((p) => article.text.slice(p.start, p.end));
      expect(heads).toEqual(want.headings);
    });

    it('gives paragraph spans that tile the text in order, joined by blank lines', () => {
      let prevEnd = -2;
      for (const p of article.paragraphs) {
        const slice = article.text.slice(p.start, p.end);
        expect(slice.trim()).toBe(slice);
        expect(slice.length).toBeGreaterThan(0);
        expect(slice).not.toContain('\n');
        expect(p.start).toBe(prevEnd + 2);
        if (prevEnd >= 0) expect(article.text.slice(prevEnd, p.start)).toBe('\n\n');
        prevEnd = p.end;
      }
      expect(prevEnd).toBe(article.text.length);
    });
  });
});
