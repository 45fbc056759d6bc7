import type { OutletAdapter } from './adapter';

/** Voice of America in English (Washington): voanews.com. */
export const voaNews: OutletAdapter = {
  outlet: { id: 'voa-news', name: 'Voice of America', english: 'VOA', timeZone: 'America/New_York' },
  hosts: ['voanews.com'],
  language: 'en',
  authors: ['Voice of America', 'VOA News', 'VOA'],
};
