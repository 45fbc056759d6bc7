import 'server-only';
import { Article } from '../schema/article';
import { epochMs, splitArchive } from './archive-format';
import { assembleText } from './assemble-text';
import { collapseSpace, countStartTags, htmlToBlocks, MAX_START_TAGS } from './html-blocks';
import { instantFinding, type DateFinding } from './dates/date-finding';
import { latestEmbeddedPost } from './dates/embedded-posts';
import { choosePublished } from './dates/published';
import { genericUrlDate } from './dates/url-date';
import { fmString, frontMatterDate } from './front-matter';
import { IngestError } from './ingest-error';
import { contentId, normalizeInput } from './normalize-input';
import type { OutletAdapter } from './outlets/adapter';
import { findAdapter, unknownAdapter } from './outlets/registry';
import { detectScript, languageOf } from './script';
import { extractStory } from './story-blocks';

function urlDate(url: string, adapter: OutletAdapter): DateFinding | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const tz = adapter.outlet.timeZone;
  return adapter.urlDate?.(parsed, tz) ?? genericUrlDate(parsed, tz);
}

/**
 * Parses one raw archive file (see archive-format.ts) into a validated Article:
 * metadata (outlet, title, URL, publication time with its evidence, byline, editor,
 * script, language) and the clean story text with paragraph spans.
 *
 * @param raw the file's text (UTF-8 decoded)
 * @param source the file's name, echoed in `Article.source` and in error messages
 * @throws IngestError when the input is not an archive article or has no story text
 */
export function parseArticle(raw: string, source: string): Article {
  const input = normalizeInput(raw);
  if (!input.trim()) throw new IngestError(source, 'empty input');
  const parts = splitArchive(input);
  const title = parts.linkTitle ?? fmString(parts.frontMatter, 'title');
  const url = parts.linkUrl ?? fmString(parts.frontMatter, 'from') ?? fmString(parts.frontMatter, 'url') ?? '';
  if (title === undefined || (parts.linkTitle === null && parts.frontMatter === null)) {
    throw new IngestError(source, 'not an archive article: no [title](url) line and no front matter title');
  }
  const author = fmString(parts.frontMatter, 'author');
  const adapter = findAdapter(url, author) ?? unknownAdapter(url);
  const tz = adapter.outlet.timeZone;

  const tags = countStartTags(parts.body);
  if (tags > MAX_START_TAGS) {
    throw new IngestError(source, `HTML body too complex: ${tags} start tags (limit ${MAX_START_TAGS})`);
  }
  const story = extractStory(htmlToBlocks(parts.body, adapter.dropSelectors), title, adapter);
  const { text, paragraphs } = assembleText(story.blocks);
  if (!text) throw new IngestError(source, 'no story text found after removing boilerplate');

  const ms = epochMs(parts.epochComment);
  const published = choosePublished(
    {
      epoch: ms === null ? null : instantFinding('epoch-comment', parts.epochComment ?? '', ms),
      datelines: story.datelines,
      frontMatter: frontMatterDate(parts.frontMatter, tz),
      url: urlDate(url, adapter),
      notBefore: latestEmbeddedPost(text, adapter.language, tz),
    },
    tz,
  );
  const script = detectScript(`${title}\n${text}`);
  const article: Article = {
    id: contentId(input),
    source,
    outlet: adapter.outlet,
    url,
    title: collapseSpace(title),
    ...published,
    ...(story.credits.byline ? { byline: story.credits.byline } : {}),
    ...(story.credits.editor ? { editor: story.credits.editor } : {}),
    script,
    language: languageOf(script),
    text,
    paragraphs,
  };
  return Article.parse(article);
}
