/** Naming unusable articles in one answer (no extraction code here: route handlers import it). */

/** One article that cannot be used, and why. */
export interface ArticleFailure {
  name: string;
  problem: string;
}

/**
 * The 422 message naming every failing article: `article "a.html": problem` for one,
 * `2 articles cannot be used: article "a.html": …; article "b.html": …` for several
 * (the upload form marks each article named).
 */
export function describeFailures(failures: readonly ArticleFailure[]): string {
  const each = failures.map((f) => `article "${f.name}": ${f.problem}`);
  return failures.length === 1 ? each[0]! : `${failures.length} articles cannot be used: ${each.join('; ')}`;
}

