/**
 * The one place a claim reference is built and read: `<articleId>#<claimId>`, the key of a
 * claim across a comparison (claim groups, the claims table, the `claim` of a shared URL, the
 * overlap sets, the framing lens, exports). Article ids never contain `#`; claim ids are the
 * part after the last one.
 */
export type ClaimRef = `${string}#${string}`;

/** The reference of claim `claimId` of article `articleId`. */
export function claimRef(articleId: string, claimId: string): ClaimRef {
  return `${articleId}#${claimId}`;
}

/** The article and claim ids of a reference, or null when `ref` is not one (no `#`, or an empty side). */
export function parseClaimRef(ref: string): { articleId: string; claimId: string } | null {
  const cut = ref.lastIndexOf('#');
  if (cut <= 0 || cut === ref.length - 1) return null;
  return { articleId: ref.slice(0, cut), claimId: ref.slice(cut + 1) };
}

/** Whether `value` is a claim reference (and not, say, a claim group id or an entity id). */
export function isClaimRef(value: string): boolean {
  return parseClaimRef(value) !== null;
}

/** The article id of a reference (`''` when `ref` is not one). */
export function claimRefArticle(ref: string): string {
  return parseClaimRef(ref)?.articleId ?? '';
}
