'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import { useView } from './useView';
import { parseClaimRef } from '@/lib/compare/claim-ref';

/**
 * A selected claim as a reader knows it, read from its highlight in the columns: its speaker
 * (from the highlight's tooltip) and the start of its text — never the internal `article#claim` id.
 */
function claimLabel(ref: string): string | null {
  const r = parseClaimRef(ref);
  if (!r) return null;
  const { articleId: article, claimId: claim } = r;
  const esc = (v: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(v) : v);
  const spans = Array.from(document.querySelectorAll(`.columns [data-article="${esc(article)}"] [data-claim~="${esc(claim)}"]`));
  if (spans.length === 0) return null;
  const text = spans.map((s) => s.textContent ?? '').join('').trim();
  const outlet = document.querySelector(`.columns article[data-article="${esc(article)}"] .outlet-name`)?.textContent ?? '';
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return outlet ? `${outlet}: “${short}”` : `“${short}”`;
}

/** Says what is selected (entity or claim) and offers to clear it. */
export function SelectionBar({ entityNames, t }: { entityNames: Record<string, string>; t: Messages }) {
  const [view, update] = useView();
  const [claimText, setClaimText] = useState<string | null>(null);
  useEffect(() => {
    if (!view.claim) return;
    const ref = view.claim;
    // The columns may hydrate after this bar: read again on the next frames until found.
    let tries = 0;
    let frame = 0;
    const read = () => {
      const label = claimLabel(ref);
      if (label || tries++ > 60) setClaimText(label);
      else frame = requestAnimationFrame(read);
    };
    read();
    return () => cancelAnimationFrame(frame);
  }, [view.claim]);
  if (!view.entity && !view.claim) return <div className="selection-bar" aria-live="polite" />;
  const what = view.entity ? (entityNames[view.entity] ?? view.entity) : (claimText ?? '…');
  return (
    <div className="selection-bar" aria-live="polite">
      <span>
        {t.selected}: <strong data-testid="selected-name">{what}</strong>
      </span>{' '}
      <button type="button" onClick={() => update({ entity: undefined, claim: undefined })}>
        {t.clearSelection}
      </button>
    </div>
  );
}
