/** Limits (see docs/api.md, "Limits and bounds"). */
export declare const REQUEST_LIMITS: { readonly queryChars: number; readonly queryParams: number; readonly headers: number };
/** A refusal: the status and the message a client sees. */
export interface Refusal {
  status: 400 | 405 | 414 | 431;
  message: string;
}
export declare function malformedSegment(rawPath: string): string | null;
export declare function splitUrl(url: string): { path: string; query: string };
export declare function checkQuery(query: string, known?: readonly string[]): Refusal | null;
export declare function checkHeaders(count: number): Refusal | null;
