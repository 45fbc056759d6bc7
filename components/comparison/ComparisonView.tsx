import { fill, type Messages } from '@/lib/i18n';
import type { Analysis } from '@/lib/schema/analysis';
import { ArticleColumn } from './ArticleColumn';

/** The accounts side by side: one column per outlet; compact from five outlets on. */
export function ComparisonView({ analysis, t }: { analysis: Analysis; t: Messages }) {
  const compact = analysis.articles.length >= 5;
  const groupOf = new Map<string, string>();
  for (const g of analysis.claimGroups) for (const ref of g.claims) groupOf.set(ref, g.id);
  return (
    <>
      {/* Wide comparisons scroll sideways: say so (the edge shadows show which way there is more). */}
      {compact && (
        <p className="scroll-hint" data-testid="scroll-hint">
          {fill(t.scrollHint, { n: analysis.articles.length })}
        </p>
      )}
    <div
      className={compact ? 'columns compact' : 'columns'}
      style={{ ['--columns' as string]: String(analysis.articles.length) }}
      data-testid="columns"
    >
      {analysis.articles.map((article, i) => (
        <ArticleColumn key={article.id} article={article} index={i} groupOf={groupOf} t={t} />
      ))}
    </div>
    </>
  );
}
