import { z } from 'zod';

export const Tab = z.enum(['columns', 'claims', 'entities', 'timeline', 'overlap', 'framing']);
export type Tab = z.infer<typeof Tab>;

/** An id from the analysis: any printable text without spaces, quotes or angle brackets. */
const Key = z.string().regex(/^[^\s<>"'`\\]{1,160}$/u);

/**
 * Everything a view shows that a shared link must reproduce. Parsed from `searchParams`
 * (untrusted: anything invalid falls back to its default), serialised without defaults.
 */
export const ViewState = z.object({
  tab: Tab.catch('columns').default('columns'),
  /** Selected entity id. */
  entity: Key.optional().catch(undefined),
  /** Selected claim, `<articleId>#<claimId>`. */
  claim: Key.optional().catch(undefined),
  /** Selected overlap set: article ids joined by `+`. */
  set: z.string().regex(/^[A-Za-z0-9_:.+-]{1,400}$/).optional().catch(undefined),
  /** Selected timeline mark. */
  mark: Key.optional().catch(undefined),
  /** Claims table filters. */
  outlet: Key.optional().catch(undefined),
  speaker: z.string().max(80).optional().catch(undefined),
  only: z.enum(['1']).optional().catch(undefined),
  sort: z.string().regex(/^[a-z]+(\.desc)?$/).optional().catch(undefined),
  /** Permalinks: `current` shows the stored inputs re-analysed by the current analyzer. */
  analyzer: z.enum(['current']).optional().catch(undefined),
  /** Teaching mode: outlet names hidden (Outlet A, B…) until revealed. */
  blind: z.enum(['1']).optional().catch(undefined),
  /** Framing lens: the prior of the distinctive-terms log-odds. */
  prior: z.enum(['comparison', 'samples']).optional().catch(undefined),
  /** Framing lens: a selected term or label, its occurrences marked in the columns. */
  term: z.string().regex(/^[^\s<>"'`\\]{1,80}$/u).optional().catch(undefined),
  /** Framing lens: speakers reassigned by the reader, `<speakerKey>:<group>,…`. */
  reassign: z.string().regex(/^[^\s<>"'`\\]{1,600}$/u).optional().catch(undefined),
  /** Interface language. */
  lang: z.enum(['en', 'zh']).catch('en').default('en'),
});
export type ViewState = z.infer<typeof ViewState>;

const DEFAULTS: Partial<Record<keyof ViewState, string>> = { tab: 'columns', lang: 'en' };
const ORDER: (keyof ViewState)[] = ['tab', 'entity', 'claim', 'set', 'mark', 'outlet', 'speaker', 'only', 'sort', 'analyzer', 'blind', 'prior', 'term', 'reassign', 'lang'];

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
