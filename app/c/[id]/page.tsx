import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonShell } from '@/components/comparison/ComparisonShell';
import { ExportMenu } from '@/components/share/ExportMenu';
import { cardQuery, OG_SIZE } from '@/components/share/og-card';
import { messages } from '@/lib/i18n';
import { parseViewState, withView } from '@/lib/schema/view-state';
import { describeComparison, loadPermalink } from './load';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { id } = await params;
  const state = parseViewState(await searchParams);
  const body = await loadPermalink(id, false);
  if (!body) return { title: 'Not found', robots: { index: false } };
  const { title, description } = describeComparison(body, { blind: !!state.blind, lang: state.lang });
  // Teaching mode: the shared link, its card and its image stay blind.
  const url = `/c/${id}${withView(state, { tab: 'columns', entity: undefined, claim: undefined, set: undefined, mark: undefined, term: undefined })}`;
  const image = { url: `/c/${id}/card.png${cardQuery(state)}`, ...OG_SIZE, alt: title };
  return {
    title,
    description,
    openGraph: { title, description, type: 'article', url, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** A permalink: a stored comparison, as analysed when stored or by the current analyzer. */
export default async function PermalinkPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const state = parseViewState(await searchParams);
  const current = state.analyzer === 'current';
  const body = await loadPermalink(id, current);
  if (!body) notFound();
  const t = messages(state.lang);
  const basePath = `/c/${id}`;
  const q = current ? '?analyzer=current' : '';
  return (
    <>
      <section className="permalink-head" data-testid="permalink-head">
        <h2>{describeComparison(body, { blind: !!state.blind, lang: state.lang }).title}</h2>
        <p className="provenance">
          {current ? t.reanalyzedWith : t.analyzedWith} <code data-testid="analyzer-version">{body.analyzerVersion}</code>
          {' · '}
          {t.storedAt} <time dateTime={body.createdAt}>{body.createdAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}</time>
          {' · '}
          {current ? (
            <Link href={`${basePath}${withView(state, { analyzer: undefined })}`} data-testid="analyzer-toggle">
              {t.viewStored}
            </Link>
          ) : (
            <Link href={`${basePath}${withView(state, { analyzer: 'current' })}`} data-testid="analyzer-toggle" prefetch={false}>
              {t.viewCurrent}
            </Link>
          )}
        </p>
        {current && <p className="notice-inline">{t.reanalyzedNote}</p>}
      </section>
      <ComparisonShell
        analysis={body}
        state={state}
        basePath={basePath}
        exports={
          <ExportMenu
            files={{
              json: `/api/comparisons/${id}${q}`,
              csv: ['claims', 'entities', 'times'].map((f) => ({ name: `${f}.csv`, href: `/api/comparisons/${id}/${f}.csv${q}` })),
            }}
            stem={`parallax-${id}`}
            blind={!!state.blind}
            tab={state.tab}
            t={t}
          />
        }
      />
    </>
  );
}
