/** Console formatting shared by the bench sections (the bench prints; lib never does). */
import { cpus, loadavg } from 'node:os';

export function heading(title: string): void {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 60 - title.length))}`);
}

/** `label  value  (target …)  met|MISSED` on one line. */
export function figure(label: string, value: string, target: string, met: boolean): void {
  console.log(`  ${label.padEnd(34)} ${value.padStart(14)}   target ${target.padEnd(12)} ${met ? 'met' : 'MISSED'}`);
}

export function info(label: string, value: string): void {
  console.log(`  ${label.padEnd(34)} ${value.padStart(14)}`);
}

export const f3 = (x: number): string => x.toFixed(3);

/**
 * The machine's load average (1, 5, 15 min) and core count, printed beside absolute times:
 * on a shared machine they say how far a wall-clock figure can be trusted.
 */
export function loadLine(): void {
  info('load average (1/5/15 min), cores', `${loadavg().map((l) => l.toFixed(1)).join(' / ')}, ${cpus().length}`);
}

/** Left-aligned table with a header row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
