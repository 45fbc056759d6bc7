import { entityTypeName, type Messages } from '@/lib/i18n';

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT'] as const;

/** Key to the highlights: entity types, claims, quotes and times (colour plus line style). */
export function Legend({ t }: { t: Messages }) {
  return (
    <ul className="legend" aria-label={t.legendLabel}>
      {TYPES.map((type) => (
        <li key={type}>
          <span className={`hl-entity hl-entity-${type}`}>{entityTypeName(type, t)}</span>
        </li>
      ))}
      <li>
        <span className="hl-claim hl-claim-direct">{t.quotedClaim}</span>
      </li>
      <li>
        <span className="hl-claim hl-claim-indirect">{t.reportedClaim}</span>
      </li>
      <li>
        <span className="hl-time">{t.timeMention}</span>
      </li>
    </ul>
  );
}
