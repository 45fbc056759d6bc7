const TYPES = [
  ['PERSON', 'person'],
  ['ORG', 'organisation'],
  ['GPE', 'country, city'],
  ['LOC', 'place'],
  ['FAC', 'building'],
  ['EVENT', 'event'],
] as const;

/** Key to the highlights: entity types, claims, quotes and times (colour plus line style). */
export function Legend() {
  return (
    <ul className="legend" aria-label="Highlight legend">
      {TYPES.map(([type, label]) => (
        <li key={type}>
          <span className={`hl-entity hl-entity-${type}`}>{label}</span>
        </li>
      ))}
      <li>
        <span className="hl-claim hl-claim-direct">quoted claim</span>
      </li>
      <li>
        <span className="hl-claim hl-claim-indirect">reported claim</span>
      </li>
      <li>
        <span className="hl-time">time</span>
      </li>
    </ul>
  );
}
