import type { Lang } from '@/lib/i18n';
import { questionsFor, type QUESTIONS } from './framing-text';

/** The guided questions beside a panel, in the interface language (the other language below, smaller), written for the comparison's source language. */
export function Questions({ panel, lang, title, sources = 'zh' }: { panel: keyof typeof QUESTIONS; lang: Lang; title: string; sources?: 'en' | 'zh' | 'mixed' }) {
  return (
    <aside className="guided-questions" aria-label={title}>
      <h4>{title}</h4>
      <ol>
        {questionsFor(panel, sources).map(([en, zh]) => (
          <li key={en}>
            <span lang={lang === 'zh' ? 'zh' : 'en'}>{lang === 'zh' ? zh : en}</span>
            <span className="other-lang" lang={lang === 'zh' ? 'en' : 'zh'}>
              {lang === 'zh' ? en : zh}
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
