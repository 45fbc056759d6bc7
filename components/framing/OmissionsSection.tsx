import type { Analysis } from '@/lib/schema/analysis';
import type { ArticleOmissions } from '@/lib/schema/framing';
import { fill, type FramingText } from './framing-text';
import { SelectItem } from './SelectButtons';
import { Roving } from '../ui/Roving';
import { parseClaimRef } from '@/lib/compare/claim-ref';
import { mentionTotal } from '@/lib/compare/entity-overlap';

const MAX = 6;
/** Items past this one are left out of the printed handout. */
const PRINT = 3;
const printClass = (i: number) => (i >= PRINT ? 'print-extra' : undefined);

/** Omissions in sentences per outlet: what only it reports, what it does not mention, the claim groups it lacks. */
export function OmissionsSection({
  analysis,
  omissions,
  outlets,
  tx,
}: {
  analysis: Analysis;
  omissions: Record<string, ArticleOmissions>;
  outlets: { id: string; name: string }[];
  tx: FramingText;
}) {
  const mentions = new Map(analysis.entities.map((e) => [e.id, mentionTotal(e)]));
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const byTotal = (ids: string[]) => [...ids].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || a.localeCompare(b));
  const claimOf = (ref: string) => {
    const r = parseClaimRef(ref);
    return r ? analysis.articles.find((a) => a.id === r.articleId)?.claims.find((c) => c.id === r.claimId) : undefined;
  };
  // On screen "+n" past the first MAX; on paper (which shows the first PRINT) the count in words.
  const more = (n: number) => (
    <>
      {n > MAX && <span className="muted screen-only"> +{n - MAX}</span>}
      {n > PRINT && <span className="print-only"> {fill(tx.moreOnline, { n: n - PRINT })}</span>}
    </>
  );
  const said = (speaker: string, text: string) => `${speaker.trim() ? `${speaker}：` : ''}${text.length > 24 ? `${text.slice(0, 24)}…` : text}`;
  return (
    <Roving items="button">
    <div className="omissions" data-testid="omissions">
      {outlets.map((o) => {
        const om = omissions[o.id];
        if (!om) return null;
        const missing = byTotal(om.missingEntities);
        return (
          <div key={o.id} className="omission-card" data-article={o.id}>
            <h4>{o.name}</h4>
            {om.onlyClaims.length > 0 && (
              <p>
                {fill(tx.only, { o: o.name })}:{' '}
                {om.onlyClaims.slice(0, MAX).map((ref, i) => {
                  const c = claimOf(ref);
                  return c ? (
                    <SelectItem key={ref} claim={ref} className={printClass(i)}>
                      {said(c.speaker.text, c.text)}
                    </SelectItem>
                  ) : null;
                })}
                {more(om.onlyClaims.length)}
              </p>
            )}
            {missing.length > 0 && (
              <p>
                {fill(tx.notMention, { o: o.name })}:{' '}
                {missing.slice(0, MAX).map((id, i) => (
                  <SelectItem key={id} entity={id} className={printClass(i)}>
                    {name.get(id) ?? id}
                  </SelectItem>
                ))}
                {more(missing.length)}
              </p>
            )}
            {om.missingClaimGroups.length > 0 && (
              <p>
                {fill(tx.lacksClaims, { o: o.name, n: om.missingClaimGroups.length })}:{' '}
                {om.missingClaimGroups.slice(0, MAX).map((gid, i) => {
                  const ref = analysis.claimGroups.find((g) => g.id === gid)?.claims[0];
                  const c = ref ? claimOf(ref) : undefined;
                  return ref && c ? (
                    <SelectItem key={gid} claim={ref} className={printClass(i)}>
                      {said('', c.text)}
                    </SelectItem>
                  ) : null;
                })}
                {more(om.missingClaimGroups.length)}
              </p>
            )}
            {om.onlyClaims.length === 0 && missing.length === 0 && om.missingClaimGroups.length === 0 && <p className="muted">{tx.nothing}</p>}
          </div>
        );
      })}
    </div>
    </Roving>
  );
}
