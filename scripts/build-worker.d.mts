/** The bench's use of scripts/build-worker.mjs (see there). */
export declare const WORKER_BUNDLE: string;
export declare const WORKER_CODE: string;
export declare const BUNDLE_LOADER: string;
export declare function buildCachedBundle(root: string, entry: string, outfile: string, args?: string[]): { outfile: string; loader: string };
export declare function buildWorker(root: string, distDir?: string): string;
