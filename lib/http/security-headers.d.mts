export declare const COMMON_HEADERS: { key: string; value: string }[];
export declare const FIXED_CSP: string;
export declare const ERROR_PAGE_CSP: string;
