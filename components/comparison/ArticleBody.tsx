'use client';

import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import { messages, type Lang } from '@/lib/i18n';
import { useRoving } from '../ui/useRoving';
import type { ArticleView } from './article-view';
import { ArticleFindings } from './ArticleFindings';
import { articleLayers } from './layers';
import { HIGHLIGHT_STOPS, HIGHLIGHTS_EVENT, PAINT_MEASURE, paintHighlights, readArticleText } from './paint-highlights';

/**
 * A column's body: the server-rendered text (`children`, an `ArticleText`), its highlights
 * painted into it right after hydration from the compact offsets of one `ArticleView` (no
 * element tree per highlight in the page's payload, no React render of them), and the
 * findings. Fires `HIGHLIGHTS_EVENT` when the spans are in the DOM.
 */
export function ArticleBody({ article, lang, ui, children }: { article: ArticleView; lang: string; ui: Lang; children: ReactNode }) {
  const t = messages(ui);
  const layers = useMemo(() => articleLayers(article, t), [article, t]);
  const text = useRef<HTMLElement | null>(null);
  const body = useCallback((el: HTMLDivElement | null) => {
    text.current = el?.querySelector<HTMLElement>(':scope > .article-text') ?? null;
  }, []);
  useEffect(() => {
    const root = text.current;
    if (!root) return;
    const start = performance.now();
    const undo = paintHighlights(root, layers, article.id);
    // Read by the bench (the page section): main-thread time spent painting highlights.
    performance.measure(PAINT_MEASURE, { start, end: performance.now() });
    window.dispatchEvent(new Event(HIGHLIGHTS_EVENT));
    return undo;
  }, [layers, article.id]);
  // One Tab stop per column: the arrows step through its highlights in reading order.
  useRoving(text, { items: HIGHLIGHT_STOPS });
  const textOf = useCallback(() => readArticleText(text.current), []);
  return (
    <>
      <div className="column-body" lang={lang} ref={body}>
        {children}
      </div>
      <ArticleFindings article={article} textOf={textOf} t={t} />
    </>
  );
}
