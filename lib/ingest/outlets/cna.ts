import { wallFinding, type DateFinding } from '../dates/date-finding';
import type { OutletAdapter } from './adapter';

/** A trailing ROC serial `1120619` (ROC year 112 = 2023, 06-19) right after a closing bracket or full stop. */
const TRAILING_SERIAL = /(?<=[）)。」”])\s*(\d{3})(\d{2})(\d{2})\s*$/;
/** `/news/acn/202306220010.aspx`: YYYYMMDD + a four-digit sequence. */
const URL_ID = /\/((20\d{2})(\d{2})(\d{2})\d{4})\.aspx$/;

/** Reads an ROC-calendar serial `YYYMMDD` as a Taipei date. */
export function rocSerialDate(serial: string, timeZone: string): DateFinding | null {
  const m = /^(\d{3})(\d{2})(\d{2})$/.exec(serial);
  if (!m) return null;
  const year = Number(m[1]) + 1911;
  if (year < 2000 || year > 2100) return null;
  return wallFinding('body-dateline', serial, { year, month: Number(m[2]), day: Number(m[3]) }, timeZone);
}

/** 中央社 Central News Agency (Taipei); traditional script. */
export const cna: OutletAdapter = {
  outlet: { id: 'cna', name: '中央社', english: 'CNA', timeZone: 'Asia/Taipei' },
  hosts: ['cna.com.tw', 'focustaiwan.tw'],
  authors: ['中央社', 'CNA', '中央通訊社', '中央通讯社', 'Central News Agency'],
  // Tag list, per-tag related links and the 聚焦新聞 headline carousel that follow every story.
  dropSelectors: ['.articlekeywordGroup', '.moreArticle', '.bottomBox', '#TopNews', '.topNewsTitle'],
  dropBlocks: [/^(?:聚焦新聞|聚焦新闻|延伸閱讀|相關新聞|相關文章)$/],
  stripTrailer(text, timeZone) {
    const m = TRAILING_SERIAL.exec(text);
    if (!m) return null;
    const date = rocSerialDate(`${m[1]}${m[2]}${m[3]}`, timeZone);
    if (!date) return null;
    return { text: text.slice(0, m.index), date };
  },
  urlDate(url, timeZone) {
    const m = URL_ID.exec(url.pathname);
    if (!m) return null;
    const t = { year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) };
    return wallFinding('url', m[1] ?? '', t, timeZone);
  },
};
