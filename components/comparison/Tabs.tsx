import Link from 'next/link';
import type { Messages } from '@/lib/i18n';
import { withView, type Tab, type ViewState } from '@/lib/schema/view-state';

const TABS: { tab: Tab; key: keyof Messages }[] = [
  { tab: 'columns', key: 'tabColumns' },
  { tab: 'claims', key: 'tabClaims' },
  { tab: 'entities', key: 'tabEntities' },
  { tab: 'timeline', key: 'tabTimeline' },
  { tab: 'overlap', key: 'tabOverlap' },
  { tab: 'framing', key: 'tabFraming' },
];

/**
 * The view switcher and the language toggle: plain links, so every view has its own URL.
 * A view's data loads when it is opened: the links are not prefetched (prefetching them
 * rendered every tab and the blind copy on the server, up to 760 KB each, on every page view).
 */
export function Tabs({ state, basePath, t }: { state: ViewState; basePath: string; t: Messages }) {
  return (
    <nav className="tabs" aria-label={t.views}>
      <ul role="list">
        {TABS.map(({ tab, key }) => (
          <li key={tab}>
            <Link
              href={`${basePath}${withView(state, { tab, sort: undefined })}`}
              aria-current={state.tab === tab ? 'page' : undefined}
              scroll={false}
              prefetch={false}
              data-tab={tab}
            >
              {t[key]}
            </Link>
          </li>
        ))}
      </ul>
      <Link
        className="blind-toggle"
        href={`${basePath}${withView(state, { blind: state.blind ? undefined : '1' })}`}
        scroll={false}
        prefetch={false}
        data-testid="blind-toggle"
      >
        {state.blind ? t.revealOutlets : t.teachingMode}
      </Link>
      {/* A full page load, so the document's lang and the site header follow the language too. */}
      <a
        className="lang-toggle"
        href={`${basePath}${withView(state, { lang: state.lang === 'zh' ? 'en' : 'zh' })}`}
        aria-label={t.languageLabel}
        lang={state.lang === 'zh' ? 'en' : 'zh-Hans'}
      >
        {t.language}
      </a>
    </nav>
  );
}
