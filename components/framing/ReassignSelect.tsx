'use client';

import { usePathname, useRouter } from 'next/navigation';
import { parseViewState, withView } from '@/lib/schema/view-state';

/**
 * A select that reassigns one speaker to another group: rewrites `reassign` in the URL and
 * re-renders the panel on the server (the counts are computed there).
 */
export function ReassignSelect({
  speakerKey,
  label,
  current,
  groups,
}: {
  speakerKey: string;
  label: string;
  current: string;
  groups: { value: string; label: string }[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <label className="reassign">
      <span>{label}</span>{' '}
      <select
        value={current}
        data-speaker={speakerKey}
        onChange={(e) => {
          const state = parseViewState(new URLSearchParams(window.location.search));
          const parts = (state.reassign ?? '').split(',').filter((p) => p && p.slice(0, p.lastIndexOf(':')) !== speakerKey);
          parts.push(`${speakerKey}:${e.target.value.replace(':', '-')}`);
          router.replace(`${pathname}${withView(state, { reassign: parts.join(',') })}`, { scroll: false });
        }}
      >
        {groups.map((g) => (
          <option key={g.value} value={g.value}>
            {g.label}
          </option>
        ))}
      </select>
    </label>
  );
}
