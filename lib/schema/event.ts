import { z } from 'zod';

/** `seeds/<slug>/event.json`: a sample event, i.e. a ready-made comparison. */
export const SampleEvent = z.object({
  title: z.string().min(1),
  /** One line saying what happened. */
  description: z.string().min(1),
  /** Outlets covering it, in display order (English names). */
  outlets: z.array(z.string().min(1)).min(1),
  /** The raw article files of the folder, in column order. */
  files: z.array(z.string().min(1)).min(2).max(10),
  /** The comparison a new user sees on `/`. Exactly one event sets it. */
  default: z.boolean().optional(),
});
export type SampleEvent = z.infer<typeof SampleEvent>;
