/** Browser-side chart export: an on-screen `<svg>` → a standalone SVG file or a PNG. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style, so the file looks as on screen without the page's CSS. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** The chart's size in CSS pixels: its width/height attributes, else its laid-out box. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(box.width) || 800;
  const height = Number(svg.getAttribute('height')) || Math.round(box.height) || 400;
  return { width, height };
}

/**
 * A standalone SVG document of an on-screen chart: every element's presentation styles
 * inlined from its computed style (colours, fonts, CSS variables resolved), a white
 * background, the SVG namespace, explicit size, and links removed.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
    if (target.tagName.toLowerCase() === 'a') {
      target.removeAttribute('href');
      target.removeAttribute('xlink:href');
    }
  });
  const { width, height } = sizeOf(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const [vx = 0, vy = 0, vw = width, vh = height] = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const bg = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [['x', vx], ['y', vy], ['width', vw], ['height', vh]] as const) bg.setAttribute(k, String(v));
  bg.setAttribute('fill', '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Saves a blob as a file through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws a serialised SVG on a canvas at `scale`× and resolves to a PNG blob. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no 2D canvas'));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn'));
    };
    img.src = url;
  });
}

/** The export of one chart: `svg` or `png`, downloaded as `<stem>.<ext>`. */
export async function exportChart(svg: SVGSVGElement, format: 'svg' | 'png', stem: string): Promise<void> {
  const text = serializeSvg(svg);
  if (format === 'svg') return downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${stem}.svg`);
  const { width, height } = sizeOf(svg);
  downloadBlob(await svgToPng(text, width, height), `${stem}.png`);
}
