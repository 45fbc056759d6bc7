import type { OutletAdapter } from './adapter';

/** 美国之音 Voice of America (Washington). */
export const voa: OutletAdapter = {
  outlet: { id: 'voa', name: '美国之音', english: 'VOA', timeZone: 'America/New_York' },
  hosts: ['voachinese.com', 'voacantonese.com'],
  language: 'zh',
  authors: ['美国之音', '美國之音', 'VOA', 'Voice of America'],
};
