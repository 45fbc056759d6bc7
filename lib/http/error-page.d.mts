/** The small static error page (status, escaped reason, link home, request id). */
export declare function errorPage(status: number, message: string, requestId: string): string;
