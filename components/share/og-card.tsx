import type { Analysis } from '@/lib/schema/analysis';
import { claimRefArticle } from '@/lib/compare/claim-ref';
import { mentionSpread } from '@/lib/compare/entity-overlap';

/** The size of a share image (the Open Graph 1.91:1 card). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Latin-only text for the share image (its built-in font has no CJK glyphs). */
function latin(text: string, fallback: string): string {
  const clean = text.replace(/[^\x20-\x7E\u00A0-\u024F]/g, '').replace(/\s+/g, ' ').trim();
  return clean.length >= 2 ? clean : fallback;
}

/** The figures a share image shows: outlets (English names) and what they share. */
export function ogFigures(analysis: Analysis): { outlets: string[]; articles: number; sharedEntities: number; claims: number; sharedClaimGroups: number } {
  const outlets = [...new Set(analysis.articles.map((a) => latin(a.outlet.english, latin(a.outlet.id, 'outlet'))))];
  const sharedEntities = analysis.entities.filter((e) => mentionSpread(e) >= 2).length;
  const claims = analysis.articles.reduce((n, a) => n + a.claims.length, 0);
  const sharedClaimGroups = analysis.claimGroups.filter((g) => new Set(g.claims.map(claimRefArticle)).size >= 2).length;
  return { outlets, articles: analysis.articles.length, sharedEntities, claims, sharedClaimGroups };
}

/** The Open Graph card (1200×630) as `ImageResponse` JSX: Latin text only, inline styles. */
export function OgCard({ analysis, heading }: { analysis: Analysis; heading: string }) {
  const f = ogFigures(analysis);
  const stat = (value: number, label: string) => (
    <div style={{ display: 'flex', flexDirection: 'column', marginRight: 64 }}>
      <div style={{ display: 'flex', fontSize: 72, fontWeight: 700, color: '#0b5cad' }}>{value}</div>
      <div style={{ display: 'flex', fontSize: 28, color: '#5b5b66' }}>{label}</div>
    </div>
  );
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', padding: 64, background: '#ffffff', color: '#1b1b1f' }}>
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 700 }}>Parallax</div>
      <div style={{ display: 'flex', fontSize: 28, color: '#5b5b66', marginTop: 8 }}>{latin(heading, 'the same event, as each outlet tells it')}</div>
      <div style={{ fontSize: 48, fontWeight: 700, marginTop: 48, display: 'flex', flexWrap: 'wrap' }}>{f.outlets.slice(0, 6).join(' · ')}</div>
      <div style={{ display: 'flex', marginTop: 'auto' }}>
        {stat(f.articles, 'articles')}
        {stat(f.sharedEntities, 'shared entities')}
        {stat(f.claims, 'claims')}
        {stat(f.sharedClaimGroups, 'claims echoed')}
      </div>
    </div>
  );
}
