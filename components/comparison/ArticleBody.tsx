'use client';

import { useMemo } from 'react';
import { messages, type Lang } from '@/lib/i18n';
import type { ArticleView } from './article-view';
import { ArticleFindings } from './ArticleFindings';
import { HighlightedText } from './HighlightedText';
import { articleLayers } from './layers';

/** A column's text with its highlights and its findings, built in the browser from one compact `ArticleView`. */
export function ArticleBody({ article, lang, ui }: { article: ArticleView; lang: string; ui: Lang }) {
  const t = messages(ui);
  const layers = useMemo(() => articleLayers(article, t), [article, t]);
  return (
    <>
      <div className="column-body" lang={lang}>
        <HighlightedText text={article.text} paragraphs={article.paragraphs} layers={layers} idPrefix={article.id} />
      </div>
      <ArticleFindings article={article} t={t} />
    </>
  );
}
