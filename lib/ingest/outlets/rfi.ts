import { wallFinding } from '../dates/date-finding';
import type { OutletAdapter } from './adapter';

/** `14/06/2023 - 14:22`: RFI's day-first date line, Paris time. */
const RFI_DATELINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*-\s*(\d{1,2}):(\d{2})$/;

/** RFI 法广 (Radio France Internationale, Chinese service). */
export const rfi: OutletAdapter = {
  outlet: { id: 'rfi', name: '法广', english: 'RFI', timeZone: 'Europe/Paris' },
  hosts: ['rfi.fr', 'rfi.my'],
  paths: ['/cn', '/tw'],
  language: 'zh',
  authors: ['法广', '法廣', 'RFI', '法国国际广播电台', '法國國際廣播電台'],
  dropSelectors: ['[data-selfpromo-newsletter]', '[data-selfpromo-app]', '[data-root-share]'],
  readDateline(text, timeZone) {
    const m = RFI_DATELINE.exec(text.trim());
    if (!m) return null;
    return wallFinding(
      'body-dateline',
      m[0],
      { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]) },
      timeZone,
    );
  },
};
