import type { ReactNode } from 'react';
import { articleTerms, computeFraming, countsOf, distinctiveTerms, parseReassign, priorContext, speakerCounts } from '@/lib/compare/framing';
import type { Lang } from '@/lib/i18n';
import type { Analysis } from '@/lib/schema/analysis';
import type { ViewState } from '@/lib/schema/view-state';
import { withView } from '@/lib/schema/view-state';
import Link from 'next/link';
import { ContextSection } from './ContextSection';
import { framingText, type FramingText } from './framing-text';
import { LabelsTable } from './LabelsTable';
import { OmissionsSection } from './OmissionsSection';
import { Questions } from './Questions';
import { samplePriorCounts } from '@/lib/sample-prior';
import { TermHighlights } from './SelectButtons';
import { SpeakersSection } from './SpeakersSection';
import { addSpans, spanLists } from '@/lib/compare/framing/term-key';
import { TermsChart } from '../comparison/lazy-leaves';

function Section({ id, title, how, lang, tx, children, sources }: { id: 'labels' | 'distinctive' | 'speakers' | 'omissions' | 'context'; title: string; how: string; lang: Lang; tx: FramingText; children: ReactNode; sources: 'en' | 'zh' | 'mixed' }) {
  return (
    <section className="framing-section" data-framing={id} aria-labelledby={`framing-${id}`}>
      <div className="framing-main">
        <h3 id={`framing-${id}`}>{title}</h3>
        <p className="how">{how}</p>
        {children}
      </div>
      <Questions panel={id} lang={lang} title={tx.questions} sources={sources} />
    </section>
  );
}

/**
 * The framing lens: labels, distinctive terms, who gets to speak, omissions and context,
 * each with how it is computed and guided questions. Server-rendered; selecting a label,
 * term or count marks its sentences in the columns.
 */
export async function FramingPanel({ analysis, labels, state, basePath }: { analysis: Analysis; labels: Map<string, string>; state: ViewState; basePath: string }) {
  const tx = framingText(state.lang);
  const framing = analysis.framing ?? computeFraming(analysis);
  const outlets = analysis.articles.map((a) => ({ id: a.id, name: labels.get(a.id) ?? a.outlet.english }));
  const terms = new Map(analysis.articles.map((a) => [a.id, articleTerms(a)]));
  const prior = state.prior ?? 'comparison';
  const distinctive =
    prior === 'samples'
      ? distinctiveTerms(new Map([...terms].map(([id, t]) => [id, countsOf(t)])), { kind: 'samples', counts: await samplePriorCounts() })
      : framing.distinctiveTerms;
  const speakers = state.reassign ? speakerCounts(analysis.articles, parseReassign(state.reassign)) : framing.speakers;
  const context = priorContext(analysis.articles);

  const highlights = new Map<string, Set<string>>();
  for (const row of framing.labels) for (const [id, uses] of Object.entries(row.articles)) for (const u of uses) addSpans(highlights, u.label, id, u.spans);
  const shown = new Set(Object.values(distinctive.articles).flatMap((list) => list.map((t) => t.term)));
  for (const term of shown) for (const [id, t] of terms) addSpans(highlights, term, id, t.get(term) ?? []);
  for (const [id, items] of Object.entries(context)) for (const c of items) addSpans(highlights, `@${id}:${c.start}`, id, [{ start: c.start, end: c.end }]);

  const english = analysis.articles.filter((a) => a.language === 'en').length;
  const sources = english === analysis.articles.length ? 'en' : english === 0 ? 'zh' : 'mixed';
  const entityNames = Object.fromEntries(analysis.entities.map((e) => [e.id, `${e.name}${e.english && e.english !== e.name ? ` (${e.english})` : ''}`]));
  return (
    <div className="framing" data-testid="framing">
      <TermHighlights spans={spanLists(highlights)} />
      <Section id="labels" title={tx.labels} how={tx.labelsHow} lang={state.lang} tx={tx} sources={sources}>
        <LabelsTable rows={framing.labels} outlets={outlets} tx={tx} lang={state.lang} entityNames={entityNames} />
      </Section>
      <Section id="distinctive" title={tx.distinctive} how={tx.distinctiveHow} lang={state.lang} tx={tx} sources={sources}>
        <p className="prior-choice">
          {tx.prior} (α₀ = {distinctive.alpha0}):{' '}
          {(['comparison', 'samples'] as const).map((p) => (
            <Link
              key={p}
              href={`${basePath}${withView(state, { prior: p === 'comparison' ? undefined : p })}`}
              scroll={false}
              aria-current={prior === p ? 'true' : undefined}
              data-prior={p}
            >
              {p === 'comparison' ? tx.priorComparison : tx.priorSamples}
            </Link>
          ))}
        </p>
        <TermsChart outlets={outlets.map((o) => ({ ...o, terms: distinctive.articles[o.id] ?? [] }))} zLabel={tx.distinctive} />
      </Section>
      <Section id="speakers" title={tx.speakers} how={tx.speakersHow} lang={state.lang} tx={tx} sources={sources}>
        <SpeakersSection speakers={speakers} articles={analysis.articles} outlets={outlets} tx={tx} />
      </Section>
      <Section id="omissions" title={tx.omissions} how={tx.omissionsHow} lang={state.lang} tx={tx} sources={sources}>
        <OmissionsSection analysis={analysis} omissions={framing.omissions} outlets={outlets} tx={tx} />
      </Section>
      <Section id="context" title={tx.context} how={tx.contextHow} lang={state.lang} tx={tx} sources={sources}>
        <ContextSection context={context} outlets={outlets} tx={tx} />
      </Section>
    </div>
  );
}
