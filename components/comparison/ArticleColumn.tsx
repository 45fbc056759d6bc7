import type { AnalyzedArticle } from '@/lib/schema/analysis';
import { LocalTime } from '../ui/LocalTime';
import { ArticleFindings } from './ArticleFindings';
import { HighlightedText } from './HighlightedText';
import { articleLayers } from './layers';

/** One outlet's account: outlet, title, time, source link and the highlighted clean text. */
export function ArticleColumn({
  article,
  index,
  groupOf,
}: {
  article: AnalyzedArticle;
  index: number;
  groupOf: ReadonlyMap<string, string>;
}) {
  const lang = article.language === 'en' ? 'en' : article.language;
  return (
    <article className="column" aria-labelledby={`title-${article.id}`} data-article={article.id} data-index={index}>
      <header className="column-head">
        <p className="outlet">
          <span className="outlet-name" lang={lang}>
            {article.outlet.name}
          </span>
          {article.outlet.english !== article.outlet.name && <span className="outlet-english"> · {article.outlet.english}</span>}
        </p>
        <h3 id={`title-${article.id}`} lang={lang} className="article-title">
          {article.title}
        </h3>
        <p className="meta">
          {article.publishedAt ? (
            <LocalTime iso={article.publishedAt} sourceTimeZone={article.outlet.timeZone} />
          ) : (
            <span>Date unknown</span>
          )}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="source-link">
                Source article ↗
              </a>
            </>
          )}
        </p>
        {(article.byline ?? article.editor) && (
          <p className="byline" lang={lang}>
            {[article.byline, article.editor && `Editor: ${article.editor}`].filter(Boolean).join(' · ')}
          </p>
        )}
      </header>
      <div className="column-body" lang={lang}>
        <HighlightedText text={article.text} paragraphs={article.paragraphs} layers={articleLayers(article, groupOf)} idPrefix={article.id} />
      </div>
      <ArticleFindings article={article} />
    </article>
  );
}
