import { type Layer, type Segment, segmentRange } from '@/lib/text/segments';

/** Fired on `window` when a column's highlight spans are in the DOM (the selection marks them then). */
export const HIGHLIGHTS_EVENT = 'parallax:highlights';

/** The User Timing measure of each column's painting (`performance.measure`), which the bench sums. */
export const PAINT_MEASURE = 'parallax:paint-highlights';

/** The highlights a reader can select: entities and claims. */
export const HIGHLIGHT_STOPS = '[data-entity], [data-claim]';

/** The paragraphs of a server-rendered article text: `<p|h4 data-start>` children, each one text node. */
function paragraphsOf(root: Element): Element[] {
  return Array.from(root.children).filter((el) => el.hasAttribute('data-start'));
}

/** A layer with what its spans need, worked out once per layer rather than once per run. */
interface Prepared extends Layer {
  /** Its classes: `hl-<kind>` and `hl-<kind>-<type>`. */
  cls: string;
}

/** `value` added to the space-separated list `list` unless already in it (lists are a few items long). */
function addWord(list: string, value: string): string {
  if (list === '') return value;
  return ` ${list} `.includes(` ${value} `) ? list : `${list} ${value}`;
}

/**
 * One highlight run as a flat span: `hl-*` classes, its `[start, end)` offsets, and
 * `data-entity`, `data-claim`, `data-time` (space-separated keys) and `data-group`, so a
 * selection can be styled and found in every column. Entity and claim runs are buttons
 * (a click, or Enter/Space once reached with the arrows); a claim's first run is its anchor.
 */
function span(doc: Document, s: Segment, piece: string, idPrefix: string): HTMLElement {
  const el = doc.createElement('span');
  let cls = '';
  let entity = '';
  let claim = '';
  let time = '';
  let group = '';
  let title = '';
  for (const layer of s.layers as Prepared[]) {
    cls = addWord(cls, layer.cls);
    if (layer.kind === 'entity') entity = addWord(entity, layer.key);
    else if (layer.kind === 'claim') claim = addWord(claim, layer.key);
    else if (layer.kind === 'time') time = addWord(time, layer.key);
    if (layer.group) group = addWord(group, layer.group);
    if (layer.title) title = title === '' ? layer.title : `${title}\n${layer.title}`;
  }
  el.className = cls;
  el.setAttribute('data-start', String(s.start));
  el.setAttribute('data-end', String(s.end));
  const anchor = s.opening.find((l) => l.kind === 'claim');
  if (anchor) el.id = `${idPrefix}-${anchor.key}`;
  if (entity) el.setAttribute('data-entity', entity);
  if (claim) el.setAttribute('data-claim', claim);
  if (time) el.setAttribute('data-time', time);
  if (group) el.setAttribute('data-group', group);
  if (title) el.title = title;
  if (entity || claim) {
    el.setAttribute('role', 'button');
    el.tabIndex = -1;
    el.setAttribute('aria-pressed', 'false');
  }
  el.textContent = piece;
  return el;
}

/**
 * Paints an article's highlights into its server-rendered text (`root`: the `.article-text`
 * element, whose paragraphs carry `data-start` and hold one text node each): every paragraph
 * is cut into flat runs at each layer boundary and its text node is swapped for text and
 * spans. Text stays text (never parsed as HTML). Returns the undo, which puts each
 * paragraph's original text node back, so the markup the server rendered (and React
 * hydrated) is exactly restored. Paragraphs already painted, or not a single text node, are
 * left alone, and so are those `which` (when given) turns down: a second call paints the rest.
 */
export function paintHighlights(root: Element, layers: readonly Layer[], idPrefix: string, which?: (para: Element) => boolean): () => void {
  const doc = root.ownerDocument;
  const sorted: Prepared[] = layers
    .map((l) => ({ ...l, cls: l.type ? `hl-${l.kind} hl-${l.kind}-${l.type}` : `hl-${l.kind}` }))
    .sort((a, b) => a.start - b.start);
  const painted: [Element, Text][] = [];
  for (const para of paragraphsOf(root)) {
    const node = para.firstChild;
    if (!node || node !== para.lastChild || node.nodeType !== 3 || (which && !which(para))) continue;
    const text = (node as Text).data;
    const from = Number(para.getAttribute('data-start'));
    const to = from + text.length;
    const inside = sorted.filter((l) => l.start < to && l.end > from);
    if (inside.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    for (const s of segmentRange(from, to, inside)) {
      const piece = text.slice(s.start - from, s.end - from);
      fragment.append(s.layers.length === 0 ? doc.createTextNode(piece) : span(doc, s, piece, idPrefix));
    }
    para.replaceChildren(fragment);
    painted.push([para, node as Text]);
  }
  return () => {
    for (const [para, node] of painted) para.replaceChildren(node);
  };
}

/** A box meets the part of `view` (a scrolling column body's client rectangle) inside the window. */
function meets(r: DOMRect, view: DOMRect, win: Window | null): boolean {
  const bottom = Math.min(view.bottom, win?.innerHeight ?? view.bottom);
  const right = Math.min(view.right, win?.innerWidth ?? view.right);
  return r.bottom > Math.max(view.top, 0) && r.top < bottom && r.right > Math.max(view.left, 0) && r.left < right;
}

/** The paragraphs of every column on screen, read once per task (cleared by a microtask). */
let shownNow: WeakSet<Element> | null = null;

/**
 * Whether a paragraph of a column's text is on screen now: inside the visible part of its
 * scrolling column body and of the window. The first call in a task reads the boxes of every
 * column's paragraphs at once, before any column paints (so painting one column does not
 * make the next one's reading lay the page out again).
 */
export function onScreenNow(para: Element): boolean {
  if (!shownNow) {
    const shown = new WeakSet<Element>();
    const doc = para.ownerDocument;
    for (const body of doc.querySelectorAll('.column-body')) {
      const view = body.getBoundingClientRect();
      for (const p of body.querySelectorAll(':scope > .article-text > [data-start]')) {
        if (meets(p.getBoundingClientRect(), view, doc.defaultView)) shown.add(p);
      }
    }
    shownNow = shown;
    queueMicrotask(() => (shownNow = null));
  }
  return shownNow.has(para);
}

/**
 * The article's clean text read back from its server-rendered paragraphs: each paragraph's
 * text at its `data-start` offset, the gaps between paragraphs as line breaks. Offsets into
 * the original text hold, so a finding's `[start, end)` slices the same characters.
 */
export function readArticleText(root: Element | null): string {
  let out = '';
  if (!root) return out;
  for (const para of paragraphsOf(root)) {
    const start = Number(para.getAttribute('data-start'));
    if (start > out.length) out += '\n'.repeat(start - out.length);
    out = out.slice(0, start) + (para.textContent ?? '');
  }
  return out;
}
