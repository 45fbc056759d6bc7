import { detect } from 'jschardet';

/** Where the chosen encoding came from. */
export type DecodeSource = 'bom' | 'meta' | 'utf8' | 'detector' | 'user';

/** Bytes turned into text, with the encoding used (WHATWG name, e.g. `gb18030`) and its evidence. */
export interface Decoded {
  text: string;
  encoding: string;
  source: DecodeSource;
}

/** Why bytes could not become text: `binary` file, `undecodable` bytes, `unknown-encoding` label. */
export type DecodeProblem = 'binary' | 'undecodable' | 'unknown-encoding';

/** Bytes that cannot be turned into text; the message names the problem. */
export class DecodeError extends Error {
  readonly problem: DecodeProblem;
  constructor(problem: DecodeProblem, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.problem = problem;
  }
}

/**
 * About 300 frequent characters of Chinese news text, in both scripts. A right decoding
 * of Chinese is dense in them; a wrong one (GBK read as Big5, or as windows-1252) is not.
 */
const COMMON_HANZI = new Set(
  '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西斯月话話合回特代内內信表化老给給世位次度门門任常先海通教原东東声聲提立及比员員解水名真论論处處走义義各入认認条條平系气氣题題活尔爾更别別打女变變四总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基书書非则則听聽白却卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊张張该該交规規万萬取拉格望领領共确確传傳师師观觀清今切院让讓识識带帶导導争爭运運飞飛风風步改收根造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准布始怎存未远遠台臺单單具罗羅字击擊流备備兵连連调調深商算质質团團集百需价價党黨华華城级級整府离離况況亚亞请請技际際约約示复復究线線似官火断斷视視消越器容须須增研写寫称稱企功包片史委乎查轻輕易早曾除农農广廣显顯李标標谈談图圖念引历歷首局突专專费費号號另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案维維划劃敌敵致陈陳律足态態护護兴興派验驗责責营營星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊绝絕奇察母京段依批群项項故按河米围圍江织織害双雙境客纪紀采举舉杀殺攻父苏蘇密低朝友诉訴止细細愿願千值仍男钱錢破网網热熱助倒育属屬坐限船职職速刻乐樂否刚剛威状狀率甚独獨球般普怕弹彈校创創假久错錯承印晚兰蘭试試股拿预預谁誰益阳陽若微尼继繼送急伤傷素药藥适適波夜省初喜卫衛源食险險待述陆陸习習置居劳勞财財环環排福纳納欢歡获獲模充负負云雲停游龙龍疑层層洲冲衝射略范竟句室异異激汉漢村策演简簡卡罪判担擔州静靜退既宗积積余餘检檢差富协協角占配征修挥揮胜勝降阶階审審坚堅善刘劉',
);

function commonHanzi(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON_HANZI.has(ch)) n++;
  return n;
}

/** Canonical WHATWG name of an encoding label, with GBK/GB2312 widened to GB18030; null if unknown. */
export function canonicalEncoding(label: string): string | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
  return name === 'gbk' ? 'gb18030' : name;
}

/** Strict decode, or null when the bytes are not valid in `encoding`. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when most bytes ≥ 0x80 sit next to another one, as in double-byte CJK encodings. */
function highBytesInPairs(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) paired++;
  }
  return high > 0 && paired / high >= 0.8;
}

/** The BOM's encoding and length, if the bytes start with one. */
function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

/** The charset an HTML `<meta charset>` / `http-equiv` (or XML declaration) in the first 4 KiB declares. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta =
    /<meta[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** Rejects bytes that are not text: NUL bytes, or more than 5% control characters. */
function assertText(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new DecodeError('binary', 'binary file: it contains NUL bytes, not text');
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new DecodeError('binary', `binary file: ${control} control characters in ${sample.length} bytes, not text`);
  }
}

/**
 * For a guess that would read CJK bytes as a single-byte or non-Chinese encoding: decode
 * strictly as GB18030 and Big5 too and keep the candidate with the most common Chinese characters.
 */
function preferChinese(bytes: Uint8Array, encoding: string, text: string | null): { encoding: string; text: string } | null {
  const chinese = encoding === 'gb18030' || encoding === 'big5' || encoding.startsWith('utf-');
  const kept = text === null ? null : { encoding, text };
  if (chinese || !highBytesInPairs(bytes)) return kept;
  if (text !== null && /[\u3040-\u30ff\uac00-\ud7af]/.test(text)) return kept; // kana or hangul: really Japanese/Korean
  const candidates: { encoding: string; text: string; score: number }[] = [];
  if (text !== null) candidates.push({ encoding, text, score: commonHanzi(text) });
  for (const alt of ['gb18030', 'big5']) {
    const decoded = tryDecode(bytes, alt);
    if (decoded !== null) candidates.push({ encoding: alt, text: decoded, score: commonHanzi(decoded) });
  }
  candidates.sort((x, y) => y.score - x.score); // stable: the original guess wins ties
  const best = candidates[0];
  return best ? { encoding: best.encoding, text: best.text } : null;
}

/**
 * Bytes → text. Order of evidence: a user override, the BOM, the HTML meta charset, strict
 * UTF-8, then a statistical detector (jschardet) guarded so CJK is never read as windows-1252.
 * Throws `DecodeError` for binary files, bytes invalid in the chosen encoding and unknown labels.
 */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: string } = {}): Decoded {
  if (options.encoding !== undefined && options.encoding.trim() !== '') {
    const encoding = canonicalEncoding(options.encoding);
    if (encoding === null) throw new DecodeError('unknown-encoding', `unknown encoding "${options.encoding}"`);
    const text = tryDecode(bytes, encoding);
    if (text === null) throw new DecodeError('undecodable', `the bytes are not valid ${encoding}`);
    if (text.includes('\0')) throw new DecodeError('binary', 'binary file: it contains NUL characters, not text');
    return { text, encoding, source: 'user' };
  }
  const bom = sniffBom(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.length), bom.encoding);
    if (text === null) throw new DecodeError('undecodable', `the bytes are not valid ${bom.encoding} despite its byte-order mark`);
    if (text.includes('\0')) throw new DecodeError('binary', 'binary file: it contains NUL characters, not text');
    return { text, encoding: bom.encoding, source: 'bom' };
  }
  assertText(bytes);
  const declared = sniffMetaCharset(bytes);
  const metaEncoding = declared === null ? null : canonicalEncoding(declared);
  if (metaEncoding !== null && !metaEncoding.startsWith('utf-16')) {
    const picked = preferChinese(bytes, metaEncoding, tryDecode(bytes, metaEncoding));
    if (picked) return { ...picked, source: picked.encoding === metaEncoding ? 'meta' : 'detector' };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'utf8' };
  const guess = detect(bytes);
  const guessed = guess.encoding === null ? null : canonicalEncoding(guess.encoding);
  const picked = preferChinese(bytes, guessed ?? 'windows-1252', guessed === null ? null : tryDecode(bytes, guessed));
  if (picked) return { ...picked, source: 'detector' };
  throw new DecodeError('undecodable', 'the bytes are not valid UTF-8 and no other encoding fits them');
}
