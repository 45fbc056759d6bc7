import type { OutletAdapter } from './adapter';

/** BBC 中文 (London): the Chinese service, under `/zhongwen` (and the older `/ukchina`). */
export const bbc: OutletAdapter = {
  outlet: { id: 'bbc', name: 'BBC 中文', english: 'BBC', timeZone: 'Europe/London' },
  hosts: ['bbc.com', 'bbc.co.uk', 'bbci.co.uk'],
  paths: ['/zhongwen', '/ukchina'],
  language: 'zh',
  authors: ['BBC', 'BBC中文', 'BBC 中文', 'BBC中文网', 'BBC中文網', 'BBC News 中文'],
  // Media players, image placeholders, social embeds and the "related stories" list.
  dropSelectors: ['[data-e2e]', 'ul[role="list"]'],
  dropBlocks: [/^(?:你的器材不支持播放多媒体材料|你的設備不支持播放多媒體材料|视频加注文字，|图像加注文字，)$/],
};
