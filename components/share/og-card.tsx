import type { Lang } from '@/lib/i18n';
import type { Analysis } from '@/lib/schema/analysis';
import { claimRefArticle } from '@/lib/compare/claim-ref';
import { mentionSpread } from '@/lib/compare/entity-overlap';

/** The size of a share image (the Open Graph 1.91:1 card). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The figures a share image shows: outlets (names in the card's language) and what they share. */
export function ogFigures(analysis: Analysis, lang: Lang = 'en'): { outlets: string[]; articles: number; sharedEntities: number; claims: number; sharedClaimGroups: number } {
  const outlets = [...new Set(analysis.articles.map((a) => (lang === 'zh' ? a.outlet.name : a.outlet.english) || a.outlet.id))];
  const sharedEntities = analysis.entities.filter((e) => mentionSpread(e) >= 2).length;
  const claims = analysis.articles.reduce((n, a) => n + a.claims.length, 0);
  const sharedClaimGroups = analysis.claimGroups.filter((g) => new Set(g.claims.map(claimRefArticle)).size >= 2).length;
  return { outlets, articles: analysis.articles.length, sharedEntities, claims, sharedClaimGroups };
}

/** The share image's query for a view: the blind copy in teaching mode, Chinese in 中文 mode. */
export function cardQuery(state: { blind?: string; lang: Lang }): string {
  const q = new URLSearchParams();
  if (state.blind) q.set('blind', '1');
  if (state.lang === 'zh') q.set('lang', 'zh');
  const s = q.toString();
  return s ? `?${s}` : '';
}

export type OgFigures = ReturnType<typeof ogFigures>;

/**
 * The Open Graph card (1200×630) as `ImageResponse` JSX, inline styles. Its text is given
 * already reduced to what the card's fonts draw (`cardText` in lib/og-fonts): Latin, and
 * Chinese with the shipped Noto Sans SC slices.
 */
export function OgCard({
  figures: f,
  heading,
  stats = ['articles', 'shared entities', 'claims', 'claims echoed'],
  fontFamily,
}: {
  figures: OgFigures;
  heading: string;
  /** The four figures' labels. */
  stats?: readonly [string, string, string, string];
  fontFamily?: string;
}) {
  const stat = (value: number, label: string) => (
    <div style={{ display: 'flex', flexDirection: 'column', marginRight: 64 }}>
      <div style={{ display: 'flex', fontSize: 72, fontWeight: 700, color: '#0b5cad' }}>{value}</div>
      <div style={{ display: 'flex', fontSize: 28, fontWeight: 400, color: '#5b5b66' }}>{label}</div>
    </div>
  );
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', padding: 64, background: '#ffffff', color: '#1b1b1f', ...(fontFamily ? { fontFamily } : {}) }}>
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 700 }}>Parallax</div>
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#3b3b44', marginTop: 8 }}>{heading}</div>
      <div style={{ fontSize: 48, fontWeight: 700, marginTop: 48, display: 'flex', flexWrap: 'wrap' }}>{f.outlets.slice(0, 6).join(' · ')}</div>
      <div style={{ display: 'flex', marginTop: 'auto' }}>
        {stat(f.articles, stats[0])}
        {stat(f.sharedEntities, stats[1])}
        {stat(f.claims, stats[2])}
        {stat(f.sharedClaimGroups, stats[3])}
      </div>
    </div>
  );
}
