/**
 * `npm run --silent analyze -- FILE...`: parses each raw article file, analyses them as
 * one comparison and prints the Analysis as JSON on stdout.
 *
 * Exit codes: 0 success; 1 a file could not be read or parsed (one line on stderr naming
 * the file and the problem, nothing on stdout); 2 no files given (usage on stderr).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeArticles } from '../lib/analyze';
import { IngestError, parseArticle } from '../lib/ingest';
import type { Article } from '../lib/schema/article';

const USAGE = 'usage: npm run --silent analyze -- FILE... (raw article files; prints the analysis as JSON)';

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const code = err.code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
    return code;
  }
  return err instanceof Error ? err.message : String(err);
}

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const articles: Article[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (err) {
      process.stderr.write(`${file}: cannot read: ${describe(err)}\n`);
      return 1;
    }
    try {
      articles.push(parseArticle(raw, basename(file)));
    } catch (err) {
      const problem = err instanceof IngestError ? err.problem : describe(err);
      process.stderr.write(`${file}: ${problem}\n`);
      return 1;
    }
  }
  let json: string;
  try {
    json = JSON.stringify(analyzeArticles(articles), null, 2);
  } catch (err) {
    process.stderr.write(`analysis failed: ${describe(err)}\n`);
    return 1;
  }
  process.stdout.write(`${json}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`analyze: ${describe(err)}\n`);
    process.exitCode = 1;
  },
);
