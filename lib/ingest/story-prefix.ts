import { wallFinding, type DateFinding } from './dates/date-finding';

/**
 * Datelines that open a story's first paragraph, removed from the text:
 * `【大纪元2023年06月18日讯】`, `（大纪元记者张婷综合报导）`, `（中央社記者王承中台北18日電）`,
 * `（中央社北京18日綜合外電報導）`, `（德国之声中文网）`. A reporter named in them is the
 * byline; a full date in them is a date-only body dateline.
 */
export interface StoryPrefix {
  /** The paragraph without its prefixes. */
  text: string;
  byline?: string;
  date?: DateFinding;
}

const BRACKET_DATELINE = /^\s*【([^【】]{0,30}?)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:讯|訊|电|電|专讯|專訊)?】/;
const PAREN = /^\s*[（(]([^（）()]{1,40})[）)]/;
/** What makes a parenthesised opener a dateline rather than story text. */
const PAREN_DATELINE = /(?:记者|記者|报导|報導|报道|電|电|讯|訊|中文网|中文網|网讯|網訊)$|^(?:中央社|新华社|新華社|中新社|法新社|美联社|美聯社|路透社|共同社)/;
const REPORTER = /(?:记者|記者)\s*(.+?)(?:综合报导|綜合報導|综合报道|綜合報道|报导|報導|报道|专电|專電|电|電)?$/;
/** Places that follow a CNA reporter's name: `記者王承中台北18日電`. */
const PLACE_SUFFIX =
  /(?:台北|臺北|新北|桃園|桃园|新竹|苗栗|台中|臺中|彰化|南投|雲林|嘉義|台南|臺南|高雄|屏東|宜蘭|花蓮|台東|臺東|基隆|澎湖|金門|馬祖|北京|上海|香港|澳門|華盛頓|华盛顿|紐約|纽约|東京|东京|首爾|首尔|巴黎|倫敦|伦敦|柏林|布魯塞爾|莫斯科|新加坡|曼谷|河內|馬尼拉|雅加達|吉隆坡|新德里|雪梨|悉尼|洛杉磯|舊金山|日內瓦|維也納|多倫多|溫哥華|芝加哥|休士頓)$/;

/** The reporter named inside a parenthesised dateline, if any. */
function reporterIn(inner: string): string | undefined {
  const m = REPORTER.exec(inner);
  if (!m?.[1]) return undefined;
  let name = m[1].replace(/\d{1,2}\s*日$/, '').trim();
  name = name.replace(PLACE_SUFFIX, '').trim();
  return name && name.length <= 20 ? name : undefined;
}

/** Strips leading datelines from `text` (first paragraph), reading them in `timeZone`. */
export function stripStoryPrefix(text: string, timeZone: string): StoryPrefix {
  const out: StoryPrefix = { text };
  for (let guard = 0; guard < 3; guard++) {
    const bracket = BRACKET_DATELINE.exec(out.text);
    if (bracket) {
      const t = { year: Number(bracket[2]), month: Number(bracket[3]), day: Number(bracket[4]) };
      const date = wallFinding('body-dateline', bracket[0].trim(), t, timeZone);
      if (date && !out.date) out.date = date;
      out.text = out.text.slice(bracket[0].length);
      continue;
    }
    const paren = PAREN.exec(out.text);
    if (paren && PAREN_DATELINE.test((paren[1] ?? '').trim()) && out.text.length > paren[0].length) {
      const reporter = reporterIn((paren[1] ?? '').trim());
      if (reporter && !out.byline) out.byline = reporter;
      out.text = out.text.slice(paren[0].length);
      continue;
    }
    break;
  }
  out.text = out.text.trim();
  return out;
}
