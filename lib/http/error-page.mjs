/** @type {Record<string, string>} */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @param {string} s */
const escape = (s) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** @type {Record<number, string>} */
const TITLES = {
  400: 'Bad request',
  405: 'Method not allowed',
  414: 'Address too long',
  431: 'Request headers too large',
};

/**
 * The small page the server and the proxy answer with when it refuses a request before routing (a
 * malformed address, a method a page does not take): status, reason, a link home. Static
 * HTML, no script; the reason is escaped text. Plain JavaScript (the server script loads it).
 */
export function errorPage(status, message, requestId) {
  const title = TITLES[status] ?? 'Error';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status} ${escape(title)} · Parallax</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1d232b}code{font-size:.9em}a{color:#1f5fa8}</style>
</head><body><main>
<h1>${status} · ${escape(title)}</h1>
<p>${escape(message)}</p>
<p><a href="/">Parallax home</a></p>
<p><small>Request <code>${escape(requestId)}</code></small></p>
</main></body></html>`;
}
