import type { Analysis } from '../schema/analysis';
import { toCsv } from './csv';
import { claimRef } from '../compare/claim-ref';

/** The CSV files a comparison exports. */
export const CSV_FILES = ['claims.csv', 'entities.csv', 'times.csv'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

/** Claims, one row each, with the cross-outlet group they belong to. */
function claimsCsv(analysis: Analysis): string {
  const groupOf = new Map<string, { id: string; relation: string }>();
  for (const g of analysis.claimGroups) for (const ref of g.claims) groupOf.set(ref, { id: g.id, relation: g.relation });
  const rows = analysis.articles.flatMap((a) =>
    a.claims.map((c) => {
      const group = groupOf.get(claimRef(a.id, c.id));
      return [a.id, a.outlet.name, a.source, c.id, c.speaker.text, c.speaker.entityId, c.speaker.kind, c.cue, c.direct, c.text, c.start, c.end, group?.id, group?.relation];
    }),
  );
  const header = ['article_id', 'outlet', 'source', 'claim_id', 'speaker', 'speaker_entity_id', 'speaker_kind', 'cue', 'direct', 'text', 'start', 'end', 'group_id', 'group_relation'];
  return toCsv(header, rows);
}

/** Entities, one row each, with a mention count per article (one column per article). */
function entitiesCsv(analysis: Analysis): string {
  const header = ['entity_id', 'name', 'english', 'type', 'total', ...analysis.articles.map((a) => (a.source ? `${a.outlet.name} (${a.source})` : a.outlet.name))];
  const rows = analysis.entities.map((e) => {
    const counts = analysis.articles.map((a) => e.articles[a.id] ?? 0);
    return [e.id, e.name, e.english, e.type, counts.reduce((x, y) => x + y, 0), ...counts];
  });
  return toCsv(header, rows);
}

/** Time expressions, one row each. */
function timesCsv(analysis: Analysis): string {
  const rows = analysis.articles.flatMap((a) => a.times.map((t) => [a.id, a.outlet.name, a.source, t.text, t.value, t.kind, t.start, t.end, t.event]));
  return toCsv(['article_id', 'outlet', 'source', 'text', 'value', 'kind', 'start', 'end', 'event'], rows);
}

/** The named CSV export of an analysis. */
export function csvExport(analysis: Analysis, file: CsvFile): string {
  return file === 'claims.csv' ? claimsCsv(analysis) : file === 'entities.csv' ? entitiesCsv(analysis) : timesCsv(analysis);
}
