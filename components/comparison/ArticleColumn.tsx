import type { Messages } from '@/lib/i18n';
import type { AnalyzedArticle } from '@/lib/schema/analysis';
import { LocalTime } from '../ui/LocalTime';
import { fnv1a } from '@/lib/compare/blind';
import { ArticleBody } from './ArticleBody';
import { ArticleText } from './ArticleText';
import { articleView } from './article-view';

/**
 * One outlet's account: outlet, title, time, source link and clean text (server-rendered),
 * with the highlights and findings added by a client leaf fed the compact `ArticleView`.
 */
export function ArticleColumn({
  article,
  index,
  groupOf,
  t,
}: {
  article: AnalyzedArticle;
  index: number;
  groupOf: ReadonlyMap<string, string>;
  t: Messages;
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
            <LocalTime iso={article.publishedAt} sourceTimeZone={article.outlet.timeZone} zoneNote={t.sourceZone} />
          ) : (
            <span>{t.dateUnknown}</span>
          )}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="source-link">
                {t.sourceArticle} ↗
              </a>
            </>
          )}
        </p>
        {(article.byline ?? article.editor) && (
          <p className="byline" lang={lang}>
            {[article.byline, article.editor && `${t.editor}: ${article.editor}`].filter(Boolean).join(' · ')}
          </p>
        )}
      </header>
      {/* Keyed by the text: a navigation that changes it (teaching mode masks names) mounts a fresh, unpainted copy. */}
      <ArticleBody key={fnv1a(article.text).toString(36)} article={articleView(article, groupOf)} lang={lang} ui={t.code === 'zh' ? 'zh' : 'en'}>
        <ArticleText text={article.text} paragraphs={article.paragraphs} />
      </ArticleBody>
    </article>
  );
}
