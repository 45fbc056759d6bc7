/**
 * The analyzer's version. Bump it whenever a change to ingest or analysis can change
 * the output for the same input: stored permalinks record it.
 */
export const ANALYZER_VERSION = '0.2.0';
