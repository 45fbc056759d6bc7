import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../lib/schema/analysis';
import type { CanonicalInputs } from '../../lib/schema/comparison-input';

/** A fresh temporary data directory. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-store-'));
}

/** Canonical inputs of two small articles whose content carries `tag`. */
export function sampleInputs(tag: string): CanonicalInputs {
  const article = (name: string, content: string): CanonicalInputs['articles'][number] => ({
    name,
    content,
    outlet: null,
    title: null,
    url: null,
    publishedAt: null,
  });
  return { articles: [article('a.txt', `第一篇 ${tag}`), article('b.txt', `第二篇 ${tag}`)] };
}

/** A minimal valid analysis. */
export function sampleAnalysis(): Analysis {
  return { version: 'test', articles: [], entities: [], claimGroups: [] };
}
