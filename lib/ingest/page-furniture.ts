import { isTag, isText, type Element } from 'domhandler';

/**
 * Element-level rules for page furniture that is never story text, for any outlet:
 * media and embeds, forms, captions, share widgets, newsletter/app/ad/paywall slots,
 * tag lists, carousels, hidden elements. Outlet adapters add CSS selectors on top.
 */

/** Elements dropped with everything inside them. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'img', 'picture', 'source', 'figure', 'figcaption', 'video', 'audio', 'track', 'canvas', 'svg', 'math',
  'iframe', 'embed', 'object', 'param', 'map', 'area',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'label',
  'nav', 'aside', 'dialog', 'menu',
  'share-button', 'share-modal',
]);

/**
 * Class or id fragments that mark furniture (matched case-insensitively inside each
 * class token / the id). Kept distinctive so story containers never match.
 */
const FURNITURE_NAME =
  /caption|copyright|share|social|newsletter|selfpromo|paywall|dfp-ad|advert|adslot|ad-slot|sponsor|related|morearticle|keyword|carousel|topnews|zoomattribute|lazyload|subscribe|breadcrumb|comment|promo|recommend|byline-share|toolbar|footer|sidebar|widget|tagcloud|^tags?$|^tag[-_]|[-_]tags?$|^ad$|^ads$|^ad[-_]/i;

/** Attribute names that mark furniture whatever their value. */
const FURNITURE_ATTR = /^data-(?:selfpromo|root-share|share(?:-button|-bar|-tools)?$|ad-|dfp)/i;

function isHidden(el: Element): boolean {
  const style = el.attribs.style ?? '';
  return (
    'hidden' in el.attribs ||
    el.attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

function hasFurnitureName(el: Element): boolean {
  const tokens = (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
  if (el.attribs.id) tokens.push(el.attribs.id);
  return tokens.some((t) => FURNITURE_NAME.test(t));
}

function previousElement(el: Element): Element | null {
  let n = el.prev;
  while (n && !isTag(n)) {
    if (isText(n) && n.data.trim()) return null;
    n = n.prev;
  }
  return n && isTag(n) ? n : null;
}

/**
 * A caption printed right after an image: `<img><small>…</small>` or
 * `<img><div><small>…</small></div>` (the feedx.net layout of DW and VOA).
 */
function isCaptionAfterImage(el: Element): boolean {
  const prev = previousElement(el);
  if (!prev || prev.name !== 'img') return false;
  if (el.name === 'small') return true;
  const kids = el.children.filter((c) => isTag(c) || (isText(c) && c.data.trim()));
  const only = kids.length === 1 ? kids[0] : undefined;
  return only !== undefined && isTag(only) && only.name === 'small';
}

/** True when `el` (and its subtree) is page furniture. */
export function isFurniture(el: Element): boolean {
  if (SKIP_TAGS.has(el.name)) return true;
  if (isHidden(el) || hasFurnitureName(el)) return true;
  if (Object.keys(el.attribs).some((a) => FURNITURE_ATTR.test(a))) return true;
  return isCaptionAfterImage(el);
}
