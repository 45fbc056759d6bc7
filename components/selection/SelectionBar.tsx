'use client';

import type { Messages } from '@/lib/i18n';
import { useView } from './useView';

/** Says what is selected (entity or claim) and offers to clear it. */
export function SelectionBar({ entityNames, t }: { entityNames: Record<string, string>; t: Messages }) {
  const [view, update] = useView();
  if (!view.entity && !view.claim) return <div className="selection-bar" aria-live="polite" />;
  const what = view.entity ? (entityNames[view.entity] ?? view.entity) : view.claim;
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
