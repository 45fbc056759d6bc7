import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../lib/ingest/decode';
import { encodeLegacy, encodeUtf16 } from './legacy-encoder';

const SIMPLIFIED = '美国国务卿布林肯周日抵达北京，与中国外长秦刚举行会谈。双方表示将保持沟通。';
const TRADITIONAL = '美國國務卿布林肯週日抵達北京，與中國外長秦剛舉行會談。雙方表示將保持溝通。';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeBytes', () => {
  const cases: { label: string; bytes: Uint8Array; text: string; encoding: string; source: string }[] = [
    { label: 'UTF-8 without BOM', bytes: utf8(SIMPLIFIED), text: SIMPLIFIED, encoding: 'utf-8', source: 'utf8' },
    { label: 'UTF-8 with BOM (stripped)', bytes: concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(SIMPLIFIED)), text: SIMPLIFIED, encoding: 'utf-8', source: 'bom' },
    { label: 'UTF-16 LE with BOM', bytes: encodeUtf16(TRADITIONAL, 'le'), text: TRADITIONAL, encoding: 'utf-16le', source: 'bom' },
    { label: 'UTF-16 BE with BOM', bytes: encodeUtf16(SIMPLIFIED, 'be'), text: SIMPLIFIED, encoding: 'utf-16be', source: 'bom' },
    { label: 'GBK plain text', bytes: encodeLegacy(SIMPLIFIED, 'gbk'), text: SIMPLIFIED, encoding: 'gb18030', source: 'detector' },
    { label: 'Big5 plain text', bytes: encodeLegacy(TRADITIONAL, 'big5'), text: TRADITIONAL, encoding: 'big5', source: 'detector' },
    { label: 'a short GBK line', bytes: encodeLegacy('秦刚说。', 'gbk'), text: '秦刚说。', encoding: 'gb18030', source: 'detector' },
    { label: 'a short Big5 line', bytes: encodeLegacy('中國外長秦剛', 'big5'), text: '中國外長秦剛', encoding: 'big5', source: 'detector' },
    {
      label: 'HTML declaring gb2312 in <meta charset>',
      bytes: encodeLegacy(`<html><head><meta charset="gb2312"></head><body><p>${SIMPLIFIED}</p></body></html>`, 'gbk'),
      text: `<html><head><meta charset="gb2312"></head><body><p>${SIMPLIFIED}</p></body></html>`,
      encoding: 'gb18030',
      source: 'meta',
    },
    {
      label: 'HTML declaring big5 in http-equiv content',
      bytes: encodeLegacy(`<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>${TRADITIONAL}</p>`, 'big5'),
      text: `<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>${TRADITIONAL}</p>`,
      encoding: 'big5',
      source: 'meta',
    },
    {
      label: 'GBK HTML wrongly declaring iso-8859-1 (never read CJK as windows-1252)',
      bytes: encodeLegacy(`<meta charset="iso-8859-1"><p>${SIMPLIFIED}</p>`, 'gbk'),
      text: `<meta charset="iso-8859-1"><p>${SIMPLIFIED}</p>`,
      encoding: 'gb18030',
      source: 'detector',
    },
    {
      label: 'Latin-1 French text stays windows-1252',
      bytes: Uint8Array.from([...'Le ministre a d'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'clar'].map((c) => c.charCodeAt(0)), [0xe9])),
      text: 'Le ministre a déclaré',
      encoding: 'windows-1252',
      source: 'detector',
    },
  ];
  it.each(cases)('decodes $label', ({ bytes, text, encoding, source }) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding, source });
  });

  it('follows a user override over every other evidence', () => {
    const bytes = encodeLegacy(TRADITIONAL, 'big5');
    expect(decodeBytes(bytes, { encoding: 'Big5' })).toEqual({ text: TRADITIONAL, encoding: 'big5', source: 'user' });
  });

  const failures: { label: string; bytes: Uint8Array; options?: { encoding: string }; problem: string; message: RegExp }[] = [
    { label: 'a PNG header (NUL bytes)', bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), problem: 'binary', message: /binary file.*NUL/ },
    { label: 'control characters everywhere', bytes: Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), problem: 'binary', message: /control characters/ },
    { label: 'an unknown encoding label', bytes: utf8('abc'), options: { encoding: 'klingon-8' }, problem: 'unknown-encoding', message: /unknown encoding "klingon-8"/ },
    { label: 'bytes invalid in the requested encoding', bytes: Uint8Array.of(0xff, 0xff, 0x41), options: { encoding: 'utf-8' }, problem: 'undecodable', message: /not valid utf-8/ },
  ];
  it.each(failures)('rejects $label', ({ bytes, options, problem, message }) => {
    let error: unknown;
    try {
      decodeBytes(bytes, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).problem).toBe(problem);
    expect((error as DecodeError).message).toMatch(message);
  });
});
