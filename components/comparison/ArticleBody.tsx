'use client';

import { type ReactNode, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { messages, type Lang } from '@/lib/i18n';
import { useRoving } from '../ui/useRoving';
import type { ArticleView } from './article-view';
import { ArticleFindings } from './ArticleFindings';
import { articleLayers } from './layers';
import { whenIdle } from '../ui/when-idle';
import { HIGHLIGHT_STOPS, HIGHLIGHTS_EVENT, onScreenNow, PAINT_MEASURE, paintHighlights, readArticleText } from './paint-highlights';

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
  // Painted in two steps: what is on screen before the browser shows the hydrated page, the
  // rest once the page is idle (about 3/4 of the spans, most of them in paragraphs and columns
  // off screen, where content-visibility skips their layout anyway). Layout effect: this runs
  // before the passive effects (the reader-time leaves queue their idle work there), so the
  // whole text is painted before they switch the times.
  useLayoutEffect(() => {
    const root = text.current;
    if (!root) return;
    const paint = (which?: (para: Element) => boolean) => {
      const start = performance.now();
      const undo = paintHighlights(root, layers, article.id, which);
      // Read by the bench (the page section): main-thread time spent painting highlights.
      performance.measure(PAINT_MEASURE, { start, end: performance.now() });
      window.dispatchEvent(new Event(HIGHLIGHTS_EVENT));
      return undo;
    };
    const undoShown = paint(onScreenNow);
    let undoRest: (() => void) | undefined;
    const cancel = whenIdle(() => (undoRest = paint()));
    return () => {
      cancel();
      undoRest?.();
      undoShown();
    };
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
