import { describe, expect, it } from 'vitest';
import { previewArticle } from '../../lib/api/preview-articles';
import { ArticlePreview, PreviewAnswer } from '../../lib/schema/preview';

describe('the preview answer schema', () => {
  it('accepts what previewArticle builds, for a readable article and for an unreadable one', () => {
    const good = previewArticle({ name: 'a.txt', content: '法广报道：布林肯周日抵达北京。他说，沟通很重要。'.repeat(4) });
    const bad = previewArticle({ name: 'b.txt', content: '' });
    expect(good.ok).toBe(true);
    expect(bad.ok).toBe(false);
    expect(PreviewAnswer.parse({ articles: [good, bad] })).toEqual({ articles: [good, bad] });
  });
  it('rejects an answer of another shape (the upload form then says the request failed)', () => {
    expect(ArticlePreview.safeParse({ name: 'a', ok: true, title: 'x' }).success).toBe(false);
    expect(PreviewAnswer.safeParse({ articles: [{ name: 'a', ok: false }] }).success).toBe(false);
    expect(PreviewAnswer.safeParse([]).success).toBe(false);
  });
});
