import type { ArticleEntity, Claim } from '../../schema/analysis';
import type { NlpDoc } from '../doc';

/** Finds attributed claims (placeholder until the claim stage lands). */
export function extractClaims(_doc: NlpDoc, _entities: ArticleEntity[]): Claim[] {
  return [];
}
