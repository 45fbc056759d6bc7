import type { AnalyzedArticle } from '@/lib/schema/analysis';

/** What the loader found in one article: entities, claims and dated mentions, each with its span. */
export function ArticleFindings({ article }: { article: AnalyzedArticle }) {
  const lang = article.language;
  return (
    <section className="findings" aria-label={`Findings in ${article.outlet.english}`}>
      <details>
        <summary>
          Entities <span className="count">{article.entities.length}</span>
        </summary>
        <ul className="finding-list" lang={lang}>
          {article.entities.map((e) => (
            <li key={e.id} data-entity-item={e.id}>
              <span className={`type-badge type-${e.type}`}>{e.type}</span> <strong>{e.name}</strong>
              {e.english && <span className="gloss" lang="en"> {e.english}</span>} <span className="count">×{e.mentions.length}</span>
              <span className="labels"> {[...new Set(e.mentions.map((m) => m.label ?? m.text))].join(' / ')}</span>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          Claims <span className="count">{article.claims.length}</span>
        </summary>
        <ol className="finding-list" lang={lang}>
          {article.claims.map((c) => (
            <li key={c.id}>
              <a href={`#${article.id}-${c.id}`}>
                <strong>{c.speaker.text}</strong> <em>{c.cue}</em> {c.direct ? '“' : ''}
                {c.text}
                {c.direct ? '”' : ''}
              </a>{' '}
              <span className="span-ref">
                [{c.start}–{c.end}]
              </span>
            </li>
          ))}
        </ol>
      </details>
      <details>
        <summary>
          Times <span className="count">{article.times.length}</span>
        </summary>
        <ul className="finding-list" lang={lang}>
          {article.times.map((t) => (
            <li key={`${t.start}-${t.end}`}>
              <strong>{t.text}</strong> → <code>{t.value}</code>
              {t.event && <span className="event"> {t.event}</span>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
