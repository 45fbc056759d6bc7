'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import type { Tab } from '@/lib/schema/view-state';
import { exportChart } from './svg-export';

/** The charts a view shows that can be exported. */
const CHART_SELECTOR = 'svg[data-testid="timeline"], svg[data-chart]';

interface Chart {
  index: number;
  label: string;
  stem: string;
}

function findCharts(): SVGSVGElement[] {
  return Array.from(document.querySelectorAll<SVGSVGElement>(CHART_SELECTOR));
}

function describe(svg: SVGSVGElement, index: number, t: Messages): Chart {
  const kind = svg.getAttribute('data-chart');
  const title = svg.getAttribute('data-chart-title');
  if (!kind) return { index, label: t.chartTimeline, stem: 'timeline' };
  // Overlap charts are named by what they count ("Overlap chart: Entities"), others by their own title.
  const overlap = kind === 'venn' || kind === 'upset';
  const label = overlap ? `${t.chartOverlap}: ${title ?? kind}` : (title ?? kind);
  return { index, label, stem: overlap ? `overlap-${kind}-${index + 1}` : kind };
}

/**
 * Downloads and sharing for a comparison: the analysis JSON and CSV files (server links),
 * SVG/PNG of the charts on screen (serialised in the browser), and "copy link" for the view.
 */
export function ExportMenu({
  files,
  stem,
  tab,
  blind = false,
  t,
}: {
  files: { json: string; csv: { name: string; href: string }[] };
  stem: string;
  tab: Tab;
  /** Teaching mode: the server files are the blind copy (Outlet A, B…; no URL or file name). */
  blind?: boolean;
  t: Messages;
}) {
  const q = (href: string) => (blind ? `${href}${href.includes('?') ? '&' : '?'}blind=1` : href);
  const fileStem = blind ? `${stem}-blind` : stem;
  const [charts, setCharts] = useState<Chart[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const update = () => setCharts(findCharts().map((svg, i) => describe(svg, i, t)));
    update();
    const root = document.querySelector('.comparison') ?? document.body;
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [tab, t]);

  const exportOne = (chart: Chart, format: 'svg' | 'png') => {
    const svg = findCharts()[chart.index];
    if (!svg) return;
    exportChart(svg, format, `${fileStem}-${chart.stem}`).then(
      () => setStatus(''),
      (e: unknown) => setStatus(e instanceof Error ? e.message : 'export failed'),
    );
  };

  const copy = () => {
    const href = window.location.href;
    navigator.clipboard.writeText(href).then(
      () => setStatus(t.linkCopied),
      () => setStatus(`${t.copyFailed}`),
    );
  };

  return (
    <div className="export-menu" role="group" aria-label={t.exportsLabel} data-testid="export-menu">
      <a href={q(files.json)} download={`${fileStem}.json`} data-export="json">
        {t.downloadJson}
      </a>
      {files.csv.map((f) => (
        <a key={f.name} href={q(f.href)} download={`${fileStem}-${f.name}`} data-export={f.name}>
          {f.name}
        </a>
      ))}
      {charts.map((c) => (
        <span key={`${c.stem}-${c.index}`} className="chart-export">
          {c.label}:{' '}
          <button type="button" onClick={() => exportOne(c, 'svg')} data-export={`${c.stem}.svg`}>
            SVG
          </button>{' '}
          <button type="button" onClick={() => exportOne(c, 'png')} data-export={`${c.stem}.png`}>
            {t.downloadPng}
          </button>
        </span>
      ))}
      <button type="button" onClick={copy} data-export="copy-link">
        {t.copyLink}
      </button>
      <span className="export-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
