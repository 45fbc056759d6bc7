/**
 * A raw input that cannot be turned into an Article. The message names the input file
 * and the problem, e.g. `seeds/x.md: no story text found after removing boilerplate`.
 */
export class IngestError extends Error {
  /** The input file's name, as passed to `parseArticle`. */
  readonly source: string;
  /** The problem alone, without the file name. */
  readonly problem: string;

  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'IngestError';
    this.source = source;
    this.problem = problem;
  }
}
