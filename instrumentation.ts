import type { Instrumentation } from 'next';

/**
 * Every unexpected error Next catches while rendering a page or running a route is logged
 * with the request id the proxy gave the request (`x-request-id`) and the digest the error
 * page shows ("Error reference …"), so a reader's report leads to the log line. The API's
 * own errors are logged the same way by lib/api/handle.ts; nothing internal reaches the reader.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const id = request.headers['x-request-id'];
  const digest = error !== null && typeof error === 'object' && 'digest' in error ? ` digest ${String(error.digest)}` : '';
  console.error(
    `[parallax] request ${typeof id === 'string' ? id : '-'}: ${request.method} ${request.path.slice(0, 200)} failed in ${context.routePath} (${context.routeType})${digest}:`,
    error,
  );
};
