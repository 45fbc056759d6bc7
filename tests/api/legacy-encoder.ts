/**
 * Test helper: encodes a string into a legacy double-byte encoding (gb18030/gbk or big5)
 * by inverting Node's own decoder over every two-byte sequence. ASCII passes through.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  let map = tables.get(label);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a valid pair in this encoding
      }
    }
  }
  tables.set(label, map);
  return map;
}

/** `text` in `label` bytes; throws for a character the encoding lacks. */
export function encodeLegacy(text: string, label: 'gbk' | 'big5'): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${label} cannot encode ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

/** `text` as UTF-16 with a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}
