import { ApiError } from './api-error';

const MIB = 1024 * 1024;
const size = (n: number): string => `${(n / MIB).toFixed(n % MIB === 0 ? 0 : 1)} MiB`;

/**
 * Reads a request body into memory, stopping as soon as it passes `limit` bytes (413):
 * a declared `Content-Length` over the limit is refused before reading anything, and a
 * body streamed without one is cut off at the limit, so no oversized body is buffered.
 */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    throw new ApiError(413, `request body too large: ${declared} bytes (limit ${size(limit)} per comparison)`);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ApiError(413, `request body too large: over ${size(limit)} per comparison`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
