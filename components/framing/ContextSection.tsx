import type { ContextItem } from '@/lib/compare/framing';
import { fill, type FramingText } from './framing-text';
import { SelectTerm } from './SelectButtons';
import { Roving } from '../ui/Roving';

/** Earlier events each outlet brings in, side by side, oldest first, each with the clause it dates. */
export function ContextSection({ context, outlets, tx }: { context: Record<string, ContextItem[]>; outlets: { id: string; name: string }[]; tx: FramingText }) {
  return (
    <Roving items="button">
    <div className="context-grid" data-testid="context" style={{ ['--columns' as string]: String(Math.min(outlets.length, 4)) }}>
      {outlets.map((o) => (
        <div key={o.id} className="context-card" data-article={o.id}>
          <h4>{o.name}</h4>
          {(context[o.id] ?? []).length === 0 ? (
            <p className="muted">{tx.none}</p>
          ) : (
            <ul>
              {(context[o.id] ?? []).map((c, i) => (
                <li key={`${c.start}`} className={i >= 5 ? 'print-extra' : undefined}>
                  <SelectTerm term={`@${o.id}:${c.start}`}>
                    <time className="num">{c.value}</time> <span lang="zh">{c.event}</span>
                  </SelectTerm>
                </li>
              ))}
              {(context[o.id] ?? []).length > 5 && <li className="print-only">{fill(tx.moreOnline, { n: (context[o.id] ?? []).length - 5 })}</li>}
            </ul>
          )}
        </div>
      ))}
    </div>
    </Roving>
  );
}
