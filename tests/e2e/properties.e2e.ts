import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import {
  badJsonBody,
  headerFlood,
  hostileHtmlRequest,
  hostileQuery,
  judge,
  malformedUrl,
  SEED,
  send,
  wrongMethod,
  type BadRequest,
} from '../../bench/hostile-inputs';

const baseURL = inject('baseURL');

/**
 * Property: whatever the generated request, the running app answers it without a 5xx other
 * than 503, with every security header, and on the API with a JSON error message free of
 * internals; `extra` adds the property of each kind. Seeded: every run sends the same requests.
 */
async function holds(arbitrary: fc.Arbitrary<BadRequest>, numRuns: number, extra: (r: BadRequest, status: number) => void): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (r) => {
      const answer = await send(baseURL, r);
      expect(judge(r, answer)).toBeNull();
      extra(r, answer.status);
    }),
    { numRuns, seed: SEED, endOnFailure: true },
  );
}

describe('generated bad requests against the running app', () => {
  it('answers URLs with broken percent-escapes on every dynamic route with 400', async () => {
    await holds(malformedUrl, 80, (_, status) => expect(status).toBe(400));
  }, 120_000);

  it('answers hostile query strings with 200, 400, 404 or 414 and never parses past the bounds', async () => {
    await holds(hostileQuery, 80, (r, status) => {
      expect([200, 400, 404, 405, 414]).toContain(status);
      const query = r.path.slice(r.path.indexOf('?') + 1);
      if (query.length > 8192 || query.split('&').length > 32) expect(status).toBe(414);
    });
  }, 180_000);

  it('answers header floods with 431 past 100 fields', async () => {
    await holds(headerFlood, 40, (r, status) => {
      const count = Object.keys(r.headers ?? {}).length;
      if (count > 100) expect(status).toBe(431);
      else expect([200, 404]).toContain(status);
    });
  }, 120_000);

  it('answers methods a route does not take with 405', async () => {
    await holds(wrongMethod, 40, (_, status) => expect(status).toBe(405));
  }, 120_000);

  it('answers malformed JSON bodies with 4xx naming the problem', async () => {
    await holds(badJsonBody, 80, (_, status) => expect([400, 413, 415, 422]).toContain(status));
  }, 180_000);

  it('answers hostile HTML pages (hostile shapes and random trees) with a result or a 4xx', async () => {
    await holds(hostileHtmlRequest, 20, (r, status) => {
      const ok = r.path.endsWith('preview') ? [200] : [200, 201];
      expect([...ok, 413, 422, 503]).toContain(status);
    });
  }, 600_000);
});
