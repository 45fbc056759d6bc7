import 'server-only';
import { ImageResponse } from 'next/og';
import { messages, type Lang } from '@/lib/i18n';
import { cardFontFamily, cardFonts, cardText } from '@/lib/og-fonts';
import type { Analysis } from '@/lib/schema/analysis';
import { OG_SIZE, OgCard, ogFigures } from './og-card';

/** The share image of a comparison: its heading and outlets in the card's language (Chinese drawn with the shipped font). */
export function cardResponse(analysis: Analysis, heading: string, lang: Lang, headers?: Record<string, string>): ImageResponse {
  const raw = ogFigures(analysis, lang);
  const figures = { ...raw, outlets: raw.outlets.map((o) => cardText(o, 'outlet')) };
  const title = cardText(heading, cardText(messages(lang).tagline, messages('en').tagline));
  // The labels in the card's language when its font draws them, else in English.
  const split = (l: Lang) => messages(l).cardStats.split('|') as [string, string, string, string];
  const stats = split(lang).every((s) => cardText(s, '') === s) ? split(lang) : split('en');
  const fonts = cardFonts([title, ...figures.outlets, ...stats]);
  return new ImageResponse(<OgCard figures={figures} heading={title} stats={stats} fontFamily={cardFontFamily(fonts)} />, { ...OG_SIZE, ...(fonts.length > 0 ? { fonts } : {}), ...(headers ? { headers } : {}) });
}
