// zod/mini: the same schemas with a functional API, tree-shakable, because this module also
// runs in the browser (every client leaf reads the view state) and full zod would add ~50 KB.
import * as z from 'zod/mini';

export const Tab = z.enum(['columns', 'claims', 'entities', 'timeline', 'overlap', 'framing']);
export type Tab = z.infer<typeof Tab>;

/** An optional string matching `re`; anything else (hostile or malformed) reads as absent. */
const lenient = (re: RegExp) => z.catch(z.optional(z.string().check(z.regex(re))), undefined);
/** An optional member of `values`; anything else reads as absent. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.catch(z.optional(z.enum(values)), undefined);

/** An id from the analysis: any printable text without spaces, quotes or angle brackets. */
const KEY = /^[^\s<>"'`\\]{1,160}$/u;

/**
 * Everything a view shows that a shared link must reproduce. Parsed from `searchParams`
 * (untrusted: anything invalid falls back to its default), serialised without defaults.
 */
export const ViewState = z.object({
  tab: z._default(z.catch(Tab, 'columns'), 'columns'),
  /** Selected entity id. */
  entity: lenient(KEY),
  /** Selected claim, `<articleId>#<claimId>`. */
  claim: lenient(KEY),
  /** Selected overlap set: `<kind>:<articleId>+<articleId>…`. */
  set: lenient(/^[A-Za-z0-9_:.+-]{1,400}$/),
  /** Selected timeline mark. */
  mark: lenient(KEY),
  /** Claims table filters. */
  outlet: lenient(KEY),
  speaker: lenient(/^[\s\S]{1,80}$/u),
  only: oneOf(['1']),
  /** Entities table filters: text in the name, gloss or labels, and an entity type. */
  find: lenient(/^[\s\S]{1,80}$/u),
  etype: oneOf(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'WORK']),
  sort: lenient(/^[a-z]+(\.desc)?$/),
  /** Permalinks: `current` shows the stored inputs re-analysed by the current analyzer. */
  analyzer: oneOf(['current']),
  /** Teaching mode: outlet names hidden (Outlet A, B…) until revealed. */
  blind: oneOf(['1']),
  /** Framing lens: the prior of the distinctive-terms log-odds. */
  prior: oneOf(['comparison', 'samples']),
  /** Framing lens: a selected term or label, its occurrences marked in the columns. */
  term: lenient(/^[^\s<>"'`\\]{1,80}$/u),
  /** Framing lens: speakers reassigned by the reader, `<speakerKey>:<group>,…`. */
  reassign: lenient(/^[^\s<>"'`\\]{1,600}$/u),
  /** Interface language. */
  lang: z._default(z.catch(z.enum(['en', 'zh']), 'en'), 'en'),
});
export type ViewState = z.infer<typeof ViewState>;

const DEFAULTS: Partial<Record<keyof ViewState, string>> = { tab: 'columns', lang: 'en' };
const ORDER: (keyof ViewState)[] = ['tab', 'entity', 'claim', 'set', 'mark', 'outlet', 'speaker', 'only', 'find', 'etype', 'sort', 'analyzer', 'blind', 'prior', 'term', 'reassign', 'lang'];

/** Reads the view state from URL search params (first value of each key wins). */
export function parseViewState(params: Record<string, string | string[] | undefined> | URLSearchParams): ViewState {
  const get = (k: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(k) ?? undefined;
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  return ViewState.parse(Object.fromEntries(ORDER.map((k) => [k, get(k)])));
}

/** The query string for a view state, defaults dropped, keys in a fixed order (`''` or `?a=b…`). */
export function serializeViewState(state: Partial<ViewState>): string {
  const q = new URLSearchParams();
  for (const k of ORDER) {
    const v = state[k];
    if (v === undefined || v === null || v === '' || DEFAULTS[k] === v) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A link to the same view with some fields changed (`undefined` clears a field). */
export function withView(state: ViewState, patch: Partial<ViewState>): string {
  return serializeViewState({ ...state, ...patch });
}
