import type { OutletAdapter } from './adapter';

/** 德国之声 Deutsche Welle, Chinese service (Bonn/Berlin). */
export const dw: OutletAdapter = {
  outlet: { id: 'dw', name: '德国之声', english: 'DW', timeZone: 'Europe/Berlin' },
  hosts: ['dw.com', 'dw.de'],
  paths: ['/zh'],
  language: 'zh',
  authors: ['德国之声', '德國之聲', 'DW', 'Deutsche Welle', '德国之声中文网', '德國之聲中文網'],
  // "相关阅读：…" links inside the story are caught by the generic link-density rule.
  dropBlocks: [/^(?:相关阅读|相關閱讀|相关报道|相關報導)[：:]/],
};
