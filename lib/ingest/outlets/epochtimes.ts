import { wallFinding } from '../dates/date-finding';
import type { OutletAdapter } from './adapter';

/** `/gb/23/6/18/n14018244.htm`: two-digit year, month, day. */
const URL_DATE = /\/(?:gb|b5)\/(\d{2})\/(\d{1,2})\/(\d{1,2})\//;

/** 大纪元 The Epoch Times (New York). */
export const epochtimes: OutletAdapter = {
  outlet: { id: 'epochtimes', name: '大纪元', english: 'Epoch Times', timeZone: 'America/New_York' },
  hosts: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimes.com.au', 'epochtimes.de'],
  authors: ['大纪元', '大紀元', 'Epoch Times', 'The Epoch Times', '大纪元时报', '大紀元時報'],
  dropBlocks: [/^《[^》]{1,20}》(?:制作组|製作組)$/],
  urlDate(url, timeZone) {
    const m = URL_DATE.exec(url.pathname);
    if (!m) return null;
    const t = { year: 2000 + Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return wallFinding('url', m[0], t, timeZone);
  },
};
