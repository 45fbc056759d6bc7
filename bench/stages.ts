import { forgetTextMemos, preparedTexts, toNlpDoc } from '../lib/analyze';
import { alignClaims } from '../lib/compare/align-claims';
import { computeFraming } from '../lib/compare/framing/compute-framing';
import { extractClaims } from '../lib/nlp/claims';
import { extractEntities, linkAcrossArticles } from '../lib/nlp/entities';
import { toSimplified } from '../lib/nlp/script';
import { tagWords } from '../lib/nlp/segment';
import { extractTimes } from '../lib/nlp/times';
import { Analysis, type AnalyzedArticle } from '../lib/schema/analysis';
import type { Article } from '../lib/schema/article';
import { ANALYZER_VERSION } from '../lib/version';

/** CPU milliseconds per pass over the corpus, by stage of the analysis. */
export type StageTimes = Record<string, number>;

/**
 * Times each stage of `analyzeArticles` separately, mirroring its steps, averaged over
 * `passes` passes after one warm-up. `tagging` and `script` (traditional → simplified) are
 * the parts of `entities` spent in the segmenter and in OpenCC, timed on their own.
 */
export function timeStages(groups: readonly (readonly Article[])[], passes = 3): StageTimes {
  const t: StageTimes = {};
  // CPU time of this process (user + system), not wall time: on a shared machine the
  // scheduler's delays would land on whichever stage was running.
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = <T>(stage: string, f: () => T): T => {
    const start = cpuMs();
    const out = f();
    t[stage] = (t[stage] ?? 0) + cpuMs() - start;
    return out;
  };
  for (let pass = 0; pass <= passes; pass++) {
    if (pass === 1) for (const k of Object.keys(t)) t[k] = 0;
    // As in the speed figure: each pass does the work of a pass over unseen articles.
    forgetTextMemos();
    for (const group of groups) {
      const docs = time('sentences', () => group.map(toNlpDoc));
      const simplified = time('  script (in entities)', () =>
        docs.map((d) => (d.script === 'traditional' || d.language === 'zh-Hant' ? toSimplified(d.text) : d.text)),
      );
      time('  tagging (in entities)', () => docs.forEach((d, i) => d.script !== 'latin' && tagWords(simplified[i]!)));
      const entities = time('entities', () => docs.map((d) => extractEntities(d)));
      const linked = time('linking', () => linkAcrossArticles(entities));
      const analyzed: AnalyzedArticle[] = group.map((article, i) => {
        const doc = docs[i]!;
        const ents = linked[i] ?? [];
        const claims = time('claims', () => extractClaims(doc, ents));
        const times = time('times', () => extractTimes(doc));
        return { ...article, entities: ents, claims, times, messages: doc.messages };
      });
      const claimGroups = time('alignment', () => alignClaims(analyzed));
      const framing = time('framing', () => computeFraming({ articles: analyzed, claimGroups }, preparedTexts(group, docs)));
      time('schema validation', () => Analysis.parse({ version: ANALYZER_VERSION, articles: analyzed, entities: [], claimGroups, framing }));
    }
  }
  for (const k of Object.keys(t)) t[k] = t[k]! / passes;
  return t;
}
