'use client';

import { type ReactNode, useState } from 'react';
import { entityTypeName, fill, type Messages } from '@/lib/i18n';
import { timeValueWords } from '@/lib/viz/time-words';
import { type ArticleView, eventText } from './article-view';

/** A closed-by-default list whose items are rendered when it is first opened (nothing in the HTML before). */
function Lazy({ label, count, children }: { label: string; count: number; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        {label} <span className="count">{count}</span>
      </summary>
      {opened && children()}
    </details>
  );
}

/**
 * What the loader found in one article: entities, claims and dated mentions, each with its
 * span. `textOf` reads the article's text (from its rendered column) when a list is opened.
 */
export function ArticleFindings({ article, textOf, t }: { article: ArticleView; textOf: () => string; t: Messages }) {
  const { language: lang } = article;
  return (
    <section className="findings" aria-label={fill(t.findingsIn, { o: article.outlet })}>
      <Lazy label={t.findingsEntities} count={article.entities.length}>
        {(text = textOf()) => (
          <ul className="finding-list" lang={lang}>
            {article.entities.map((e) => (
              <li key={e.id} data-entity-item={e.id}>
                <span className={`type-badge type-${e.type}`}>{entityTypeName(e.type, t)}</span> <strong>{e.name}</strong>
                {e.english && e.english !== e.name && <span className="gloss" lang="en"> {e.english}</span>} <span className="count">×{e.mentions.length}</span>
                <span className="labels"> {[...new Set(e.mentions.map(([s, end, , label]) => label || text.slice(s, end)))].join(' / ')}</span>
              </li>
            ))}
          </ul>
        )}
      </Lazy>
      <Lazy label={t.findingsClaims} count={article.claims.length}>
        {(text = textOf()) => (
          <ol className="finding-list" lang={lang}>
            {article.claims.map((c) => (
              <li key={c.id}>
                <a href={`#${article.id}-${c.id}`}>
                  <strong>{c.speaker}</strong> <em>{c.cue}</em> {c.direct ? '“' : ''}
                  {text.slice(c.start, c.end)}
                  {c.direct ? '”' : ''}
                </a>{' '}
                <span className="span-ref">
                  [{c.start}–{c.end}]
                </span>
              </li>
            ))}
          </ol>
        )}
      </Lazy>
      <Lazy label={t.findingsTimes} count={article.times.length}>
        {(text = textOf()) => (
          <ul className="finding-list" lang={lang}>
            {article.times.map(([start, end, value, event]) => (
              <li key={`${start}-${end}`}>
                <strong>{text.slice(start, end)}</strong> → <span title={value}>{timeValueWords(value, t.code === 'zh' ? 'zh' : 'en')}</span>
                {event && <span className="event"> {eventText(event, text)}</span>}
              </li>
            ))}
          </ul>
        )}
      </Lazy>
    </section>
  );
}
