import type { Paragraph } from '@/lib/schema/article';

/**
 * An article's clean text, paragraph by paragraph, server-rendered as plain text (readable at
 * once, and the only copy of the text the page sends). Each paragraph is one text node under
 * `data-start`, its offset in the text, where the column's client leaf paints the highlights
 * after hydration (`paintHighlights`). Text is rendered as text: never as HTML.
 */
export function ArticleText({ text, paragraphs }: { text: string; paragraphs: readonly Paragraph[] }) {
  return (
    <div className="article-text">
      {paragraphs.map((p) => {
        const Tag = p.kind === 'h' ? 'h4' : 'p';
        return (
          <Tag key={p.start} data-start={p.start}>
            {text.slice(p.start, p.end)}
          </Tag>
        );
      })}
    </div>
  );
}
