import type { AnalyzedArticle, Mention } from '../../schema/analysis';
import type { FramingSpan, LabelRow, LabelUse } from '../../schema/framing';
import type { SimplifiedText } from './article-terms';
import { STATE_ALIAS_SOURCE, stateSideOfName } from './state-aliases';
import { findTermFamilies, TERM_FAMILIES, TERM_FAMILY_SOURCE } from './term-families';

/** Where a mention's label (the whole title+name phrase) sits in the text; the mention itself when not found near it. */
export function labelSpan(text: string, m: Mention): FramingSpan & { label: string } {
  const label = m.label ?? m.text;
  if (label !== m.text) {
    const from = Math.max(0, m.end - label.length);
    const at = text.indexOf(label, from);
    if (at >= 0 && at <= m.start && at + label.length >= m.end) return { label, start: at, end: at + label.length };
  }
  return { label: m.text, start: m.start, end: m.end };
}

function addUse(uses: LabelUse[], label: string, span: FramingSpan): void {
  const slot = uses.find((u) => u.label === label);
  if (slot) {
    slot.count++;
    slot.spans.push(span);
  } else uses.push({ label, count: 1, spans: [span] });
}

function finish(row: LabelRow): LabelRow {
  for (const uses of Object.values(row.articles)) {
    uses.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    for (const u of uses) u.spans.sort((a, b) => a.start - b.start);
  }
  return row;
}

const spread = (row: LabelRow): number => Object.keys(row.articles).length;
const total = (row: LabelRow): number => Object.values(row.articles).reduce((s, uses) => s + uses.reduce((t, u) => t + u.count, 0), 0);

/**
 * The labels table: for every entity shared by two or more articles, the labels each article
 * uses with counts and spans; entities that name one country's state (中国, 中共, 北京) merged
 * into one `state:<side>` row; then the framing-sensitive term families any article uses.
 */
export function labelRows(articles: readonly AnalyzedArticle[], prepared?: ReadonlyMap<string, SimplifiedText>): LabelRow[] {
  const rows = new Map<string, LabelRow>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const side = stateSideOfName(entity.name);
      const key = side ? `state:${side}` : entity.id;
      let row = rows.get(key);
      if (!row) {
        row = side
          ? { key, kind: 'state', name: side, entityIds: [], source: STATE_ALIAS_SOURCE, articles: {} }
          : { key, kind: 'entity', name: entity.name, entityIds: [entity.id], articles: {} };
        rows.set(key, row);
      }
      if (!row.entityIds.includes(entity.id)) row.entityIds.push(entity.id);
      const uses = (row.articles[article.id] ??= []);
      for (const m of entity.mentions) {
        const { label, start, end } = labelSpan(article.text, m);
        addUse(uses, label, { start, end });
      }
    }
  }
  const shared = [...rows.values()].filter((r) => spread(r) >= 2).map(finish);
  for (const r of shared) r.entityIds.sort();
  shared.sort((a, b) => Number(b.kind === 'state') - Number(a.kind === 'state') || spread(b) - spread(a) || total(b) - total(a) || a.key.localeCompare(b.key));

  const families: LabelRow[] = TERM_FAMILIES.map((f) => ({ key: `term:${f.id}`, kind: 'term' as const, name: f.id, entityIds: [], source: TERM_FAMILY_SOURCE, articles: {} }));
  for (const article of articles) {
    for (const hit of findTermFamilies(article.text, TERM_FAMILIES, prepared?.get(article.id)?.simplified)) {
      const row = families.find((r) => r.key === `term:${hit.family}`)!;
      addUse((row.articles[article.id] ??= []), article.text.slice(hit.start, hit.end), { start: hit.start, end: hit.end });
    }
  }
  return [...shared, ...families.filter((r) => spread(r) >= 1).map(finish)];
}
