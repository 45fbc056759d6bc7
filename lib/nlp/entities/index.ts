import type { ArticleEntity } from '../../schema/analysis';
import type { NlpDoc } from '../doc';

/** Finds the named entities of one article (placeholder until the entity stage lands). */
export function extractEntities(_doc: NlpDoc): ArticleEntity[] {
  return [];
}

/** Re-links entity ids across the articles of one comparison (placeholder). */
export function linkAcrossArticles(perArticle: ArticleEntity[][]): ArticleEntity[][] {
  return perArticle;
}
