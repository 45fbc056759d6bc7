import Link from 'next/link';
import { fill, messages, type Lang } from '@/lib/i18n';
import type { EventEntry } from '@/lib/loader';
import { withView } from '@/lib/schema/view-state';
import { eventText } from './event-text';

/** The sample events, each a link to its comparison (in the same interface language). */
export function EventList({ events, current, lang = 'en' }: { events: EventEntry[]; current?: string; lang?: Lang }) {
  const t = messages(lang);
  const q = withView({ tab: 'columns', lang }, {});
  return (
    <ul className="event-list">
      {events.map((e) => {
        const text = eventText(e, lang);
        return (
          <li key={e.slug} aria-current={e.slug === current ? 'page' : undefined} lang={text.lang}>
            <Link href={`${e.default ? '/' : `/events/${e.slug}`}${q}`}>{text.title}</Link>
            <p>{text.description}</p>
            <p className="outlets">
              <span lang={lang === 'zh' ? 'zh-Hans' : 'en'}>{fill(t.articleCount, { n: e.files.length })}</span> · <span lang="en">{e.outlets.join(', ')}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
