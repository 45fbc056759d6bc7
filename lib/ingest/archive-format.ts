import { parseFrontMatter, type FrontMatter } from './front-matter';

/**
 * The RSS-archive file format (see seeds/SOURCES.md):
 *
 * ```
 * ---                      optional YAML front matter
 * title: "…"
 * ---
 * <!--1686746702000-->     optional epoch-ms comment (or <!--NaN-->)
 * [title](url)             the link line; titles may contain [ and ]
 * ------                   optional rule
 *
 * <div>…HTML body…</div>   body, with or without a wrapping <div>
 * ```
 */
export interface ArchiveParts {
  frontMatter: FrontMatter | null;
  /** The epoch comment as written (`<!--NaN-->` included), or null when absent. */
  epochComment: string | null;
  /** The title from the link line, or null when there is no link line. */
  linkTitle: string | null;
  linkUrl: string | null;
  /** Everything after the link line and rule. */
  body: string;
}

const EPOCH_COMMENT = /^<!--\s*([^\s>]*)\s*-->$/;
/** Greedy title: the last `](` before a URL without spaces closes the title. */
const LINK_LINE = /^\[(.*)\]\(\s*<?([^\s<>]*)>?\s*\)\s*$/;
const RULE = /^(?:-{3,}|={3,}|\*{3,})\s*$/;

/** Splits a normalised input (LF line ends) into its archive parts. Never throws. */
export function splitArchive(input: string): ArchiveParts {
  const lines = input.split('\n');
  let i = 0;
  let frontMatter: FrontMatter | null = null;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (close > 0) {
      frontMatter = parseFrontMatter(lines.slice(1, close).join('\n'));
      i = close + 1;
    }
  }
  const skipBlank = (): void => {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  };
  skipBlank();
  let epochComment: string | null = null;
  const epoch = EPOCH_COMMENT.exec((lines[i] ?? '').trim());
  if (epoch) {
    epochComment = (lines[i] ?? '').trim();
    i++;
    skipBlank();
  }
  let linkTitle: string | null = null;
  let linkUrl: string | null = null;
  const link = LINK_LINE.exec((lines[i] ?? '').trim());
  if (link) {
    linkTitle = (link[1] ?? '').trim();
    linkUrl = (link[2] ?? '').trim();
    i++;
    skipBlank();
    if (RULE.test(lines[i] ?? '')) i++;
  }
  return { frontMatter, epochComment, linkTitle, linkUrl, body: lines.slice(i).join('\n') };
}

/**
 * Whether a text is in the archive format: it opens with front matter or an epoch comment,
 * and has a link line and a rule within its first 8 KiB. The link line is the one
 * `splitArchive` reads (titles may contain brackets: `[[Chinese] 布林肯访华…](url)`).
 */
export function isArchiveMarkdown(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 8192);
  const opens = /^\s*(---\r?\n|<!--(\d+|NaN)-->)/.test(head);
  if (!opens || !/^------+\s*$/m.test(head)) return false;
  return head.split(/\r?\n/).some((line) => LINK_LINE.test(line.trim()));
}

/** Epoch milliseconds from an epoch comment, or null for `<!--NaN-->` and non-numbers. */
export function epochMs(comment: string | null): number | null {
  const m = comment ? EPOCH_COMMENT.exec(comment) : null;
  if (!m || !/^-?\d{9,16}$/.test(m[1] ?? '')) return null;
  return Number(m[1]);
}
