export declare const ADMISSION_KEY: unique symbol;
export declare const POOL_ROUTES: Set<string>;
/** What lib/worker/pool.ts publishes under ADMISSION_KEY. */
export interface Admission {
  /** The refusal a new request gets now, or null when a place is free. */
  refusal(): { status: 503; message: string; retryAfterSeconds: number } | null;
  /** Starts the pool's threads now (server start) rather than on the first upload. */
  warm(): void;
}
/** Loads the pool routes (and with them the admission check) and starts the pool's threads: server start. */
export declare function warmPoolRoutes(base: string): Promise<void>;
export declare function busyRefusal(req: { method?: string; url?: string }): { status: number; message: string; headers: Record<string, string> } | null;
