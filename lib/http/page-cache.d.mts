import type { IncomingMessage, ServerResponse } from 'node:http';

/** A kept answer (see page-cache.mjs). */
export interface Kept {
  headers: [string, string | string[]][];
  policy: string[];
  parts: Buffer[];
  bytes: number;
}
export declare function acceptsGzip(header: string | undefined): boolean;
export declare function cacheKey(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): string | null;
export declare function keepable(status: number, headers: Record<string, string | number | string[] | undefined>, body: Buffer): Kept | null;
export declare function renderKept(kept: Kept, nonce: string): { body: Buffer; policy: string | null };
/** The rendered-answer cache of one server. */
export declare class PageCache {
  constructor(options: { maxBytes: number; maxEntryBytes?: number });
  readonly stats: { hits: number; stored: number };
  get size(): number;
  /** Answers from the cache (true), or watches Next's answer to keep it (false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}
