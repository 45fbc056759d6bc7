'use client';

import { useEffect, type ReactNode } from 'react';
import { useView } from '../selection/useView';

/** A button that selects a term or label (its occurrences are marked in the columns); again to clear. */
export function SelectTerm({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  const [view, update] = useView();
  const on = view.term === term;
  return (
    <button
      type="button"
      className={['select-term', className, on ? 'is-on' : ''].filter(Boolean).join(' ')}
      aria-pressed={on}
      data-term={term}
      onClick={() => update({ term: on ? undefined : term, entity: undefined, claim: undefined })}
    >
      {children}
    </button>
  );
}

/** A button that selects an entity or a claim in the columns. */
export function SelectItem({ entity, claim, children, className }: { entity?: string; claim?: string; children: ReactNode; className?: string }) {
  const [view, update] = useView();
  const on = (entity && view.entity === entity) || (claim && view.claim === claim);
  return (
    <button
      type="button"
      className={['select-item', className, on ? 'is-on' : ''].filter(Boolean).join(' ')}
      aria-pressed={Boolean(on)}
      onClick={() => update({ entity: on ? undefined : entity, claim: on ? undefined : claim, term: undefined })}
    >
      {children}
    </button>
  );
}

/**
 * The occurrences of the selected term as a hidden list (`articleId:start-end …`), which
 * SelectionSync marks in the columns. `spans` maps each selectable term to its list.
 */
export function TermHighlights({ spans }: { spans: Record<string, string> }) {
  const [view] = useView();
  const list = view.term ? spans[view.term] : undefined;
  useEffect(() => {
    window.dispatchEvent(new Event('parallax:spans'));
  }, [list]);
  if (!list) return null;
  return <div hidden data-highlight-spans={list} data-term={view.term} />;
}
