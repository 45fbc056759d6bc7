/**
 * Credit lines: who wrote, translated and edited a story, e.g. RFA's
 * `记者：古亭 责编：许书婷 陈美华 网编：何足`, RFI's `作者：林兰`, Epoch Times'
 * `责任编辑：高静#`, CNA's `（譯者：劉淑琴/核稿：陳彥鈞）`.
 */
export interface Credits {
  byline?: string;
  editor?: string;
}

type Role = 'reporter' | 'translator' | 'editor';

const LABELS: ReadonlyArray<[RegExp, Role]> = [
  [/^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|核稿|网编|網編|审校|審校|校对|校對)$/, 'editor'],
  [/^(?:记者|記者|作者|撰稿|撰文|采写|採寫)$/, 'reporter'],
  [/^(?:译者|譯者|编译|編譯|翻译|翻譯)$/, 'translator'],
];

/** Labels, longest first so `责任编辑` wins over `编辑`. */
const LABEL =
  /(责任编辑|責任編輯|责编|責編|编辑|編輯|核稿|网编|網編|审校|審校|校对|校對|记者|記者|作者|撰稿|撰文|采写|採寫|译者|譯者|编译|編譯|翻译|翻譯)\s*[:：]?\s*/g;

function roleOf(label: string): Role | null {
  for (const [re, role] of LABELS) if (re.test(label)) return role;
  return null;
}

/** `黄春梅 台北报道` → `黄春梅`; trailing `#` and separators dropped. */
function cleanName(value: string): string {
  return value
    .trim()
    .replace(/[#＃]+\s*$/, '')
    .replace(/\s+\S{0,8}(?:报道|報導|报导)$/, '')
    .replace(/^[\s/／|｜,，、;；]+|[\s/／|｜,，、;；]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a whole block as a credit line; null when it is not one. A credit line is short,
 * has no sentence punctuation, and starts with a label (after at most a short outlet
 * prefix such as `自由亚洲电台`); every label has a short name after it; a single label
 * must be followed by a colon.
 */
export function readCreditLine(text: string): Credits | null {
  const s = text.trim();
  if (s.length > 100 || /[。！？!?]/.test(s)) return null;
  const matches = [...s.matchAll(LABEL)];
  const first = matches[0];
  if (!first || first.index > 8 || /[，,：:“”「」]/.test(s.slice(0, first.index))) return null;
  // One label needs a colon (`作者：林兰`); `记者手记` is a heading, not a credit.
  if (matches.length < 2 && !/[:：]/.test(first[0])) return null;
  const out: Record<Role, string[]> = { reporter: [], translator: [], editor: [] };
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const end = matches[k + 1]?.index ?? s.length;
    const name = cleanName(s.slice(m.index + m[0].length, end));
    const role = roleOf(m[1] ?? '');
    if (!role || !name || name.length > 30) return null;
    out[role].push(name);
  }
  const credits: Credits = {};
  const byline = out.reporter[0] ?? out.translator[0];
  if (byline) credits.byline = byline;
  if (out.editor[0]) credits.editor = out.editor[0];
  return credits;
}

/** A parenthesised credit at the end of a paragraph: `…。（譯者：劉淑琴/核稿：陳彥鈞）`. */
const TRAILING_PAREN_CREDIT = /\s*[（(]\s*((?:责任编辑|責任編輯|责编|責編|编辑|編輯|核稿|记者|記者|译者|譯者|编译|編譯|撰稿)\s*[:：][^（）()]{1,80})[）)]\s*$/;

/** Splits a trailing parenthesised credit off a paragraph; null when there is none. */
export function splitTrailingCredit(text: string): { text: string; credits: Credits } | null {
  const m = TRAILING_PAREN_CREDIT.exec(text);
  if (!m) return null;
  const credits = readCreditLine(m[1] ?? '');
  if (!credits) return null;
  return { text: text.slice(0, m.index), credits };
}
