import type { OutletAdapter } from './adapter';

/** 联合早报 Lianhe Zaobao (Singapore). */
export const zaobao: OutletAdapter = {
  outlet: { id: 'zaobao', name: '联合早报', english: 'Zaobao', timeZone: 'Asia/Singapore' },
  hosts: ['zaobao.com', 'zaobao.com.sg', 'zaobao.sg'],
  authors: ['联合早报', '聯合早報', 'Zaobao', 'Lianhe Zaobao', '联合早报网', '聯合早報網'],
  dropSelectors: ['.cx_paywall_placeholder', '[id^="dfp-ad"]', 'section#imu'],
};
