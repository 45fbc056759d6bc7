export declare const ADMISSION_KEY: unique symbol;
export declare const POOL_ROUTES: Set<string>;
/** What lib/worker/pool.ts publishes under ADMISSION_KEY. */
export interface Admission {
  /** The refusal a new request gets now, or null when a place is free. */
  refusal(): { status: 503; message: string; retryAfterSeconds: number } | null;
}
export declare function busyRefusal(req: { method?: string; url?: string }): { status: number; message: string; headers: Record<string, string> } | null;
