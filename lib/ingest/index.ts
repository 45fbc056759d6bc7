/** Ingest: raw archive files → validated `Article`s. */
export { parseArticle } from './parse-article';
export { IngestError } from './ingest-error';
