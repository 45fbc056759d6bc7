import { notFound } from 'next/navigation';
import { EventPage } from '@/components/comparison/EventPage';
import { eventExports } from '@/components/share/event-exports';
import { UploadForm } from '@/components/upload/UploadForm';
import { messages } from '@/lib/i18n';
import { defaultEvent, listEvents, loadEvent } from '@/lib/loader';
import { parseViewState } from '@/lib/schema/view-state';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const event = await defaultEvent();
  const loaded = await loadEvent(event.slug);
  if (!loaded) notFound();
  const state = parseViewState(await searchParams);
  const t = messages(state.lang);
  return (
    <>
      <EventPage
        event={loaded.event}
        analysis={loaded.analysis}
        events={await listEvents()}
        state={state}
        basePath="/"
        exports={eventExports(event.slug, state)}
      />
      <section className="upload" id="upload" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t.uploadHeading}</h2>
        <p>{t.uploadIntro}</p>
        <UploadForm t={t} />
      </section>
    </>
  );
}
