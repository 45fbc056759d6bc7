import type { OutletAdapter } from './adapter';

/** BBC News in English (London): bbc.com / bbc.co.uk outside the Chinese service's paths. */
export const bbcNews: OutletAdapter = {
  outlet: { id: 'bbc-news', name: 'BBC News', english: 'BBC News', timeZone: 'Europe/London' },
  hosts: ['bbc.com', 'bbc.co.uk'],
  language: 'en',
  authors: ['BBC News', 'BBC', 'BBC World Service'],
};
