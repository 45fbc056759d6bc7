import type { Script } from 'node:vm';
/** See bundle-loader.mjs. */
export declare function cacheFileOf(file: string): string;
export declare function loadBundle(file: string | URL, options?: { useCache?: boolean }): { exports: unknown; codeCache: boolean; script: Script };
export declare function makeCodeCache(file: string | URL): string;
