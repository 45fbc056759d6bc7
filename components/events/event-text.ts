import type { Lang } from '@/lib/i18n';
import type { SampleEvent } from '@/lib/schema/event';

/**
 * A sample event's title and description in the interface language, with the language they are
 * actually in (an event without a Chinese version shows its English text, marked `lang="en"`).
 */
export function eventText(event: SampleEvent, lang: Lang): { title: string; description: string; lang: 'en' | 'zh-Hans' } {
  if (lang === 'zh' && event.titleZh && event.descriptionZh) return { title: event.titleZh, description: event.descriptionZh, lang: 'zh-Hans' };
  return { title: event.title, description: event.description, lang: 'en' };
}
