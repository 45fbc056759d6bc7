'use client';

import { useEffect, useRef, useState } from 'react';
import { HIGHLIGHTS_EVENT } from '../comparison/paint-highlights';
import { useView } from './useView';
import { claimRef, parseClaimRef } from '@/lib/compare/claim-ref';

/** A DOM range over `[start, end)` of an article's clean text, found through the paragraphs' `data-start` offsets. */
function textRange(body: Element, start: number, end: number): Range | null {
  let from: [Node, number] | null = null;
  for (const para of body.querySelectorAll(':scope .article-text > [data-start]')) {
    let offset = Number(para.getAttribute('data-start'));
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!from && start >= offset && start < offset + length) from = [node, start - offset];
      if (from && end > offset && end <= offset + length) {
        const range = document.createRange();
        range.setStart(from[0], from[1]);
        range.setEnd(node, end - offset);
        return range;
      }
      offset += length;
    }
  }
  return null;
}

/**
 * Marks the spans listed by `[data-highlight-spans]` (`articleId:start-end …`, from the framing
 * panel) with the CSS Custom Highlight API (no DOM changes under React), and scrolls each
 * column to its first one. Returns how many were marked.
 */
function markSpans(): number {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  registry?.delete('parallax-term');
  const ranges: Range[] = [];
  for (const list of document.querySelectorAll('[data-highlight-spans]')) {
    for (const item of (list.getAttribute('data-highlight-spans') ?? '').split(' ').filter(Boolean)) {
      const cut = item.lastIndexOf(':');
      const [s, e] = item.slice(cut + 1).split('-').map(Number);
      const body = document.querySelector(`.columns [data-article="${cssEscape(item.slice(0, cut))}"] .column-body`);
      if (!body || s === undefined || e === undefined) continue;
      const range = textRange(body, s, e);
      if (range) ranges.push(range);
    }
  }
  for (const body of document.querySelectorAll('.columns .column-body')) {
    const own = ranges.filter((r) => body.contains(r.startContainer));
    body.setAttribute('data-term-hits', String(own.length));
    const first = own[0]?.getBoundingClientRect();
    if (first && body instanceof HTMLElement) {
      const top = first.top - body.getBoundingClientRect().top + body.scrollTop - 48;
      body.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  }
  if (registry && ranges.length > 0) registry.set('parallax-term', new Highlight(...ranges));
  return ranges.length;
}

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
  // Bumped when the columns' highlight spans reach the DOM (after hydration): marks again.
  const [spansEpoch, setSpansEpoch] = useState(0);
  // The selection last marked (null before the first run: a shared link does not scroll the page).
  const lastSelection = useRef<string | null>(null);
  useEffect(() => {
    const onHighlights = () => setSpansEpoch((n) => n + 1);
    window.addEventListener(HIGHLIGHTS_EVENT, onHighlights);
    return () => window.removeEventListener(HIGHLIGHTS_EVENT, onHighlights);
  }, []);

  useEffect(() => {
    // A click, or Enter/Space on a highlight reached with the arrows (which clicks it: useRoving).
    const onActivate = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest('.columns [data-entity], .columns [data-claim]') : null;
      if (!target) return;
      const entity = target.getAttribute('data-entity')?.split(' ')[0];
      const claim = target.getAttribute('data-claim')?.split(' ')[0];
      const article = target.closest('[data-article]')?.getAttribute('data-article');
      if (entity) update({ entity: view.entity === entity ? undefined : entity, claim: undefined });
      else if (claim && article) {
        const ref = claimRef(article, claim);
        update({ claim: view.claim === ref ? undefined : ref, entity: undefined });
      }
    };
    document.addEventListener('click', onActivate);
    return () => document.removeEventListener('click', onActivate);
  }, [update, view.entity, view.claim]);

  useEffect(() => {
    for (const el of document.querySelectorAll('.is-selected')) {
      el.classList.remove('is-selected');
      if (el.hasAttribute('aria-pressed')) el.setAttribute('aria-pressed', 'false');
    }
    const matches: Element[] = [];
    if (view.entity) {
      matches.push(...document.querySelectorAll(`.columns [data-entity~="${cssEscape(view.entity)}"]`));
    }
    if (view.claim) {
      const r = parseClaimRef(view.claim);
      if (r) {
        const own = [...document.querySelectorAll(`.columns [data-article="${cssEscape(r.articleId)}"] [data-claim~="${cssEscape(r.claimId)}"]`)];
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
        const r = parseClaimRef(ref);
        if (r) matches.push(...document.querySelectorAll(`.columns [data-article="${cssEscape(r.articleId)}"] [data-claim~="${cssEscape(r.claimId)}"]`));
        else matches.push(...document.querySelectorAll(`.columns [data-group~="${cssEscape(ref)}"]`));
      }
    }
    for (const el of matches) {
      el.classList.add('is-selected');
      if (el.hasAttribute('aria-pressed')) el.setAttribute('aria-pressed', 'true');
    }
    // Scroll every column to its first selected span.
    for (const body of document.querySelectorAll<HTMLElement>('.columns .column-body')) {
      const first = body.querySelector<HTMLElement>('.is-selected');
      if (!first) continue;
      const top = first.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop - 48;
      body.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
    // A new selection made on this page (a table row, a chart mark, a set): when none of its
    // highlights is on screen, bring the first one into view (after the columns have scrolled).
    const key = `${view.entity ?? ''}|${view.claim ?? ''}|${view.set ?? ''}`;
    const changed = lastSelection.current !== null && lastSelection.current !== key && key !== '||';
    lastSelection.current = key;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (changed) {
      timer = setTimeout(() => {
        const shown = Array.from(document.querySelectorAll('.columns .is-selected'));
        const onScreen = shown.some((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        if (!onScreen && shown[0]) shown[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
      }, 450);
    }
    const terms = markSpans();
    document.documentElement.toggleAttribute('data-has-selection', matches.length + terms > 0);
    return () => clearTimeout(timer);
  }, [view.entity, view.claim, view.set, view.term, spansEpoch]);

  // A span list that mounts later (the framing panel hydrating after this) asks to be marked.
  useEffect(() => {
    const onSpans = () => void markSpans();
    window.addEventListener('parallax:spans', onSpans);
    return () => window.removeEventListener('parallax:spans', onSpans);
  }, []);

  return null;
}
