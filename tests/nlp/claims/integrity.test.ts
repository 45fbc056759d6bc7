import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/nlp/claims';
import { parseArticle } from '../../../lib/ingest';
import { toNlpDoc } from '../../../lib/analyze';
import { Claim } from '../../../lib/schema/analysis';
import { claimsOf, entitiesFor, ZH } from './helpers';

const SEEDS = join(__dirname, '../../../seeds');
const seedFiles = readdirSync(SEEDS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(SEEDS, d.name)).filter((f) => /\.(md|txt)$/.test(f) && f !== 'STYLE.md').map((f) => join(d.name, f)))
  .sort();

const MIXED = [
  '“A，B。”他说。毛宁称，"美方的言论很荒谬"。她告诉媒体，"这是挑衅"。',
  '據路透社報導，「會談持續五小時」，美國國務院發言人表示。\n\n“未闭合的引号，布林肯说',
  '"We will see," he said. According to Reuters, talks went on.',
  '',
];

describe('offsets', () => {
  it.each(MIXED)('slice to the claim text and stay inside the sentence for %j', (text) => {
    for (const c of claimsOf(text, ZH)) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.sentence.start).toBeLessThanOrEqual(c.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
      if (c.speaker.start !== undefined && c.speaker.end !== undefined) expect(c.speaker.end).toBeGreaterThan(c.speaker.start);
      expect(Claim.safeParse(c).success).toBe(true);
    }
  });

  it('are the same on a second run (deterministic)', () => {
    const text = MIXED[0] ?? '';
    expect(claimsOf(text, ZH)).toEqual(claimsOf(text, ZH));
  });
});

describe('seed articles', () => {
  it.each(seedFiles)('%s gives well-formed claims', (file) => {
    const article = parseArticle(readFileSync(join(SEEDS, file), 'utf8'), file);
    const doc = toNlpDoc(article);
    const claims = extractClaims(doc, []);
    claims.forEach((c, i) => {
      expect(c.id).toBe(`c${i + 1}`);
      expect(article.text.slice(c.start, c.end)).toBe(c.text);
      expect(Claim.safeParse(c).success).toBe(true);
      if (i > 0) expect(claims[i - 1]?.start ?? 0).toBeLessThanOrEqual(c.start);
    });
  });

  it('finds the MFA spokeswoman quoted in the VOA dictator story', () => {
    const file = 'biden-xi-dictator-2023-06/voa-2023-06-21-beijing-angered-ties-strained.md';
    const article = parseArticle(readFileSync(join(SEEDS, file), 'utf8'), file);
    const doc = toNlpDoc(article);
    const claims = extractClaims(doc, entitiesFor(article.text, ZH));
    const mao = claims.filter((c) => c.speaker.entityId === 'mao').map((c) => c.text);
    expect(mao).toContain('中国方面对此表示“强烈不满和反对”');
    expect(claims.some((c) => c.speaker.entityId === 'xi' && c.direct && c.text.startsWith('大国竞争不符合时代潮流'))).toBe(true);
  });
});

