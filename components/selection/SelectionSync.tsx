'use client';

import { useEffect } from 'react';
import { useView } from './useView';

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/**
 * Makes highlights selectable: a click (or Enter) on an entity or claim highlight selects it
 * in the URL; the selection is then marked in every column and each column scrolls to its
 * first occurrence. Renders nothing.
 */
export function SelectionSync() {
  const [view, update] = useView();

  useEffect(() => {
    const onActivate = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      const target = event.target instanceof Element ? event.target.closest('.columns [data-entity], .columns [data-claim]') : null;
      if (!target) return;
      const entity = target.getAttribute('data-entity')?.split(' ')[0];
      const claim = target.getAttribute('data-claim')?.split(' ')[0];
      const article = target.closest('[data-article]')?.getAttribute('data-article');
      if (entity) update({ entity: view.entity === entity ? undefined : entity, claim: undefined });
      else if (claim && article) {
        const ref = `${article}#${claim}`;
        update({ claim: view.claim === ref ? undefined : ref, entity: undefined });
      }
    };
    document.addEventListener('click', onActivate);
    document.addEventListener('keydown', onActivate);
    return () => {
      document.removeEventListener('click', onActivate);
      document.removeEventListener('keydown', onActivate);
    };
  }, [update, view.entity, view.claim]);

  useEffect(() => {
    for (const el of document.querySelectorAll('.is-selected')) el.classList.remove('is-selected');
    const matches: Element[] = [];
    if (view.entity) {
      matches.push(...document.querySelectorAll(`.columns [data-entity~="${cssEscape(view.entity)}"]`));
    }
    if (view.claim) {
      const [a, c] = view.claim.split('#');
      if (a && c) {
        const own = [...document.querySelectorAll(`.columns [data-article="${cssEscape(a)}"] [data-claim~="${cssEscape(c)}"]`)];
        matches.push(...own);
        // The same proposition in other outlets: every claim of the selected claim's group.
        const group = own.map((el) => el.getAttribute('data-group')).find((g) => g);
        if (group) matches.push(...document.querySelectorAll(`.columns [data-group~="${cssEscape(group)}"]`));
      }
    }
    // Members of a selected overlap set (listed by the overlap panel).
    for (const list of document.querySelectorAll('[data-highlight-entities]')) {
      for (const id of (list.getAttribute('data-highlight-entities') ?? '').split(' ').filter(Boolean)) {
        matches.push(...document.querySelectorAll(`.columns [data-entity~="${cssEscape(id)}"]`));
      }
    }
    for (const list of document.querySelectorAll('[data-highlight-claims]')) {
      for (const ref of (list.getAttribute('data-highlight-claims') ?? '').split(' ').filter(Boolean)) {
        const [a, c] = ref.split('#');
        if (a && c) matches.push(...document.querySelectorAll(`.columns [data-article="${cssEscape(a)}"] [data-claim~="${cssEscape(c)}"]`));
        else matches.push(...document.querySelectorAll(`.columns [data-group~="${cssEscape(ref)}"]`));
      }
    }
    for (const el of matches) el.classList.add('is-selected');
    // Scroll every column to its first selected span.
    for (const body of document.querySelectorAll<HTMLElement>('.columns .column-body')) {
      const first = body.querySelector<HTMLElement>('.is-selected');
      if (!first) continue;
      const top = first.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop - 48;
      body.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
    document.documentElement.toggleAttribute('data-has-selection', matches.length > 0);
  }, [view.entity, view.claim, view.set]);

  return null;
}
