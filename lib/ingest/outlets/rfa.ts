import { wallFinding } from '../dates/date-finding';
import type { OutletAdapter } from './adapter';

/** `hcm-06182023075433.html`: MMDDYYYYhhmmss, Washington time. */
const URL_STAMP = /-((\d{2})(\d{2})(\d{4})(\d{2})(\d{2})(\d{2}))\.html?$/;

/** 自由亚洲电台 Radio Free Asia (Washington). */
export const rfa: OutletAdapter = {
  outlet: { id: 'rfa', name: '自由亚洲电台', english: 'RFA', timeZone: 'America/New_York' },
  hosts: ['rfa.org'],
  authors: ['自由亚洲电台', '自由亞洲電台', 'RFA', 'Radio Free Asia'],
  dropSelectors: ['.lead_image_caption', '#zoomattribute', '.image-caption', '.result-title'],
  urlDate(url, timeZone) {
    const m = URL_STAMP.exec(url.pathname);
    if (!m) return null;
    const t = {
      year: Number(m[4]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[5]),
      minute: Number(m[6]),
      second: Number(m[7]),
    };
    return wallFinding('url', m[1] ?? '', t, timeZone);
  },
};
