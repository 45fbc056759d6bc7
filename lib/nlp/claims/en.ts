import type { NlpDoc } from '../doc';
import { englishClaims } from '../en/claims';
import { englishDoc } from '../en/tokens';
import type { ClaimContext } from './types';

/** The claims of an English article, on the wink-nlp tokens the entity stage used (`lib/nlp/en/claims.ts`). */
export function englishArticleClaims(ctx: ClaimContext, doc: NlpDoc): void {
  englishClaims(ctx, englishDoc(doc.text, doc.paragraphs));
}
