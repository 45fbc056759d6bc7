import { Suspense, type ReactNode } from 'react';
import { messages } from '@/lib/i18n';
import type { Analysis } from '@/lib/schema/analysis';
import type { ViewState } from '@/lib/schema/view-state';
import { SelectionBar } from '../selection/SelectionBar';
import { SelectionSync } from '../selection/SelectionSync';
import { claimTableRows } from '../tables/claim-table-rows';
import { ClaimsTable, EntitiesTable } from './lazy-leaves';
import { ComparisonView } from './ComparisonView';
import { Legend } from './Legend';
import { Tabs } from './Tabs';
import { articleLabels } from '@/lib/compare/article-labels';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { OverlapPanel } from '../overlap/OverlapPanel';
import { blindAnalysis } from '@/lib/compare/blind';
import { FramingPanel } from '../framing/FramingPanel';
import { entityOverlap } from '@/lib/compare/entity-overlap';

/**
 * A comparison: the view tabs (claims, entities, timeline, overlap) above the accounts side
 * by side. Server-rendered; tables, timeline zoom and selection are small client leaves.
 * `exports` (optional) is shown next to the tabs: the download and share menu.
 */
export function ComparisonShell({
  analysis: input,
  state,
  basePath,
  exports,
}: {
  analysis: Analysis;
  state: ViewState;
  basePath: string;
  exports?: ReactNode;
}) {
  const t = messages(state.lang);
  // Teaching mode: every view below sees outlets as Outlet A, B… (names masked, bylines and links dropped).
  const analysis = state.blind ? blindAnalysis(input) : input;
  const labels = articleLabels(analysis, state.lang);
  const articles = analysis.articles.map((a) => ({ id: a.id, name: labels.get(a.id) ?? a.outlet.english, lang: a.language }));
  const entityNames = Object.fromEntries(analysis.entities.map((e) => [e.id, `${e.name}${e.english && e.english !== e.name ? ` (${e.english})` : ''}`]));
  return (
    <div className="comparison" data-lang={state.lang} data-tab={state.tab} data-blind={state.blind ? 'true' : undefined}>
      <Tabs state={state} basePath={basePath} t={t} />
      {exports}
      <Suspense fallback={null}>
        <SelectionBar entityNames={entityNames} t={t} />
        <SelectionSync />
      </Suspense>
      {state.tab !== 'columns' && (
        <section className="panel" aria-label={t[`tab${state.tab[0]!.toUpperCase()}${state.tab.slice(1)}` as keyof typeof t]} data-panel={state.tab}>
          <Suspense fallback={<div className="panel-placeholder" />}>
            {state.tab === 'claims' && <ClaimsTable rows={claimTableRows(analysis, labels)} t={t} outlets={articles} />}
            {state.tab === 'entities' && <EntitiesTable rows={entityOverlap(analysis.articles, 'mentions')} t={t} articles={articles} />}
            {state.tab === 'timeline' && <TimelinePanel analysis={analysis} labels={labels} lang={state.lang} t={t} />}
            {state.tab === 'framing' && <FramingPanel analysis={analysis} labels={labels} state={state} basePath={basePath} />}
            {state.tab === 'overlap' && <OverlapPanel analysis={analysis} labels={labels} t={t} state={state} basePath={basePath} />}
          </Suspense>
        </section>
      )}
      <Legend t={t} />
      <ComparisonView analysis={analysis} t={t} />
    </div>
  );
}
