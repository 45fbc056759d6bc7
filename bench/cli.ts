/** Command-line selection of bench sections: `npm run bench -- --only=speed,first-result`. */

/** Every section, in the order the bench runs them. */
export const SECTIONS = ['accuracy', 'alignment', 'saved-pages', 'speed', 'first-result', 'page', 'api', 'robustness', 'crash', 'archive', 'archive-scale'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The sections to run: all of them, or those named by `--only=a,b` (or `--only a,b`), in
 * bench order. Unknown names are returned separately so the bench can say so.
 */
export function selectSections(argv: readonly string[]): { sections: Section[]; unknown: string[] } {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return { sections: [...SECTIONS], unknown: [] };
  const arg = argv[at]!;
  const list = arg === '--only' ? (argv[at + 1] ?? '') : arg.slice('--only='.length);
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const known = new Set<string>(SECTIONS);
  return {
    sections: SECTIONS.filter((s) => names.includes(s)),
    unknown: names.filter((n) => !known.has(n)),
  };
}
