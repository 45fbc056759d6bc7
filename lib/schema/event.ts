import { z } from 'zod';

/** `seeds/<slug>/event.json`: a sample event, i.e. a ready-made comparison. */
export const SampleEvent = z.object({
  title: z.string().min(1),
  /** The title in Chinese, shown in 中文 mode (falls back to `title`, marked as English). */
  titleZh: z.string().min(1).optional(),
  /** One line saying what happened. */
  description: z.string().min(1),
  /** The description in Chinese, shown in 中文 mode. */
  descriptionZh: z.string().min(1).optional(),
  /** Outlets covering it, in display order (English names). */
  outlets: z.array(z.string().min(1)).min(1),
  /** The raw article files of the folder, in column order. */
  files: z.array(z.string().min(1)).min(2).max(10),
  /** The comparison a new user sees on `/`. Exactly one event sets it. */
  default: z.boolean().optional(),
});
export type SampleEvent = z.infer<typeof SampleEvent>;
