import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNlpDoc } from '../../../lib/analyze';
import { parseArticle } from '../../../lib/ingest';
import { extractClaims } from '../../../lib/nlp/claims';
import { extractEntities } from '../../../lib/nlp/entities';

const SEEDS = join(__dirname, '../../../seeds');

/** Claims of one seed article with the real entity stage's output. */
function analyse(file: string) {
  const article = parseArticle(readFileSync(join(SEEDS, file), 'utf8'), file);
  const doc = toNlpDoc(article);
  const entities = extractEntities(doc);
  const claims = extractClaims(doc, entities);
  const nameOf = (id: string | undefined): string | undefined => entities.find((e) => e.id === id)?.name;
  return { article, claims, nameOf };
}

type Row = [file: string, content: string, speaker: string];

const rows: Row[] = [
  ['biden-xi-dictator-2023-06/voa-2023-06-21-beijing-angered-ties-strained.md', '强烈不满和反对', '毛宁'],
  ['biden-xi-dictator-2023-06/voa-2023-06-21-beijing-angered-ties-strained.md', '大国竞争不符合时代潮流', '习近平'],
  ['biden-xi-dictator-2023-06/rfi-2023-06-21-biden-xi-dictator-china-absurd.md', '这是公开的政治挑衅', '毛宁'],
  ['blinken-beijing-2023-06/voa-2023-06-19-blinken-direct-engagement.md', '华盛顿欢迎中国官员进一步访问美国', '布林肯'],
  ['blinken-beijing-2023-06/dw-2023-06-14-qin-blinken-call.md', '美方应予尊重', '秦刚'],
  ['blinken-beijing-2023-06/cna-2023-06-18-blinken-qin-5h-talks.md', '期望此次會面能推動中美關係', '华春莹'],
];

describe('claims on seed articles with the entity stage', () => {
  it.each(rows)('%s: “%s” is attributed to %s', (file, content, speaker) => {
    const { claims, nameOf } = analyse(file);
    const claim = claims.find((c) => c.text.includes(content));
    expect(claim).toBeDefined();
    expect([nameOf(claim?.speaker.entityId), claim?.speaker.text]).toContain(speaker);
  });
});
