import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SampleEvent } from '../../lib/schema/event';

const SEEDS = join(process.cwd(), 'seeds');
const events = readdirSync(SEEDS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('sample events', () => {
  it.each(events)('%s is valid and has its title and description in Chinese too (中文 mode shows them)', (slug) => {
    const event = SampleEvent.parse(JSON.parse(readFileSync(join(SEEDS, slug, 'event.json'), 'utf8')));
    expect(event.titleZh).toMatch(/\p{Script=Han}/u);
    expect(event.descriptionZh).toMatch(/\p{Script=Han}/u);
  });
});
