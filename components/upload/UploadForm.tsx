'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Messages } from '@/lib/i18n';
import { ArticleFields } from './ArticleFields';
import { PreviewAnswer } from '@/lib/schema/preview';
import { buildBody, errorOf, hasContent, itemErrorsOf, uniqueName, type Item } from './upload-request';

const MAX = 10;

function pasted(key: string, taken: ReadonlySet<string>, n: number): Item {
  return { key, name: uniqueName(`pasted-${n}.txt`, taken), content: '', encoding: '', edits: {}, preview: null, busy: false, error: null };
}

/** A key no current item has (`a1`, `a2`, … counted per form, so server and client render the same first keys). */
function nextKey(counter: { current: number }, items: readonly Item[]): string {
  const taken = new Set(items.map((i) => i.key));
  let key: string;
  do key = `a${++counter.current}`;
  while (taken.has(key));
  return key;
}

/**
 * Bring your own articles: paste text/HTML or choose files, check and correct what the
 * loader found (outlet, title, URL, time, encoding), then create the comparison and open
 * its permalink. Nothing typed is lost on an error.
 */
export function UploadForm({ t }: { t: Messages }) {
  const router = useRouter();
  const keyCounter = useRef(2);
  const [items, setItems] = useState<Item[]>(() => [pasted('a1', new Set(), 1), pasted('a2', new Set(['pasted-1.txt']), 2)]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  const patch = useCallback((key: string, change: Partial<Item> | ((item: Item) => Partial<Item>)) => {
    setItems((list) => list.map((it) => (it.key === key ? { ...it, ...(typeof change === 'function' ? change(it) : change) } : it)));
  }, []);

  const preview = useCallback(
    async (key: string) => {
      const item = itemsRef.current.find((i) => i.key === key);
      if (!item || !hasContent(item)) return patch(key, { preview: null, error: null, busy: false });
      patch(key, { busy: true });
      try {
        const { body, headers } = buildBody([item], false);
        const res = await fetch('/api/comparisons/preview', { method: 'POST', body, headers });
        if (!res.ok) return patch(key, { busy: false, preview: null, error: await errorOf(res) });
        // The answer is validated at this boundary with the schema the server builds it from.
        const data = PreviewAnswer.safeParse(await res.json());
        if (!data.success) return patch(key, { busy: false, preview: null, error: t.uploadFailed });
        const p = data.data.articles[0] ?? null;
        patch(key, { busy: false, preview: p, error: p && !p.ok ? p.error : null });
      } catch {
        patch(key, { busy: false, error: t.uploadFailed });
      }
    },
    [patch, t.uploadFailed],
  );

  const schedulePreview = (key: string, delay: number) => {
    const old = timers.current.get(key);
    if (old) clearTimeout(old);
    timers.current.set(key, setTimeout(() => void preview(key), delay));
  };

  const addFiles = (files: FileList | File[]) => {
    const list = Array.from(files);
    if (list.length === 0) return;
    // new items are built from the current list outside the state updater (which may run twice)
    const current = itemsRef.current;
    const kept = current.filter((i) => hasContent(i) || Object.keys(i.edits).length > 0);
    const taken = new Set(kept.map((i) => i.name));
    const added: Item[] = [];
    for (const file of list.slice(0, Math.max(0, MAX - kept.length))) {
      const name = uniqueName(file.name || 'article', taken);
      taken.add(name);
      added.push({ key: nextKey(keyCounter, [...current, ...added]), name, file, encoding: '', edits: {}, preview: null, busy: true, error: null });
    }
    const next = [...kept, ...added];
    itemsRef.current = next;
    setItems(next);
    setTimeout(() => added.forEach((i) => void preview(i.key)), 0);
  };

  const addPasted = () => {
    const current = itemsRef.current;
    if (current.length >= MAX) return;
    const next = [...current, pasted(nextKey(keyCounter, current), new Set(current.map((i) => i.name)), current.length + 1)];
    itemsRef.current = next;
    setItems(next);
  };

  const remove = (key: string) => setItems((current) => current.filter((i) => i.key !== key));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const ready = items.filter(hasContent);
    if (ready.length < 2 || ready.length > MAX) return setError(t.uploadNeedTwo);
    setBusy(true);
    setError(null);
    setItems((list) => list.map((i) => ({ ...i, error: null })));
    try {
      const { body, headers } = buildBody(ready, true);
      const res = await fetch('/api/comparisons', { method: 'POST', body, headers });
      if (res.ok) {
        const { url } = (await res.json()) as { url: string };
        router.push(url);
        return;
      }
      const message = await errorOf(res);
      const marked = itemErrorsOf(message, ready);
      for (const [index, itemMessage] of marked) patch(ready[index]!.key, { error: itemMessage });
      setError(marked.size === 0 ? `${t.uploadFailed}: ${message}` : marked.size > 1 ? `${t.uploadFailed}: ${message.split(':')[0]}` : null);
      setBusy(false);
    } catch {
      setError(t.uploadFailed);
      setBusy(false);
    }
  };

  const count = items.filter(hasContent).length;
  return (
    <form className="upload-form" onSubmit={(e) => void submit(e)} aria-busy={busy} noValidate data-testid="upload-form">
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addFiles(e.dataTransfer.files);
        }}
      >
        <label htmlFor="upload-files">{t.uploadFiles}</label>
        <input
          id="upload-files"
          type="file"
          multiple
          accept=".html,.htm,.md,.markdown,.txt,text/html,text/plain,text/markdown"
          onChange={(e) => {
            if (e.target.files) addFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      <ol className="upload-items" role="list">
        {items.map((item, i) => (
          <li key={item.key}>
            <ArticleFields
              item={item}
              index={i}
              t={t}
              disabled={busy}
              canRemove={items.length > 1}
              onRemove={() => remove(item.key)}
              onContent={(content) => {
                patch(item.key, { content });
                schedulePreview(item.key, 700);
              }}
              onEncoding={(encoding) => {
                patch(item.key, { encoding });
                schedulePreview(item.key, 0);
              }}
              onEdit={(field, value) => patch(item.key, (it) => ({ edits: { ...it.edits, [field]: value } }))}
            />
          </li>
        ))}
      </ol>
      <div className="upload-actions">
        <button type="button" className="ghost" onClick={addPasted} disabled={busy || items.length >= MAX}>
          {t.uploadAdd}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="upload-submit">
          {t.uploadSubmit} ({count})
        </button>
        <span role="status" aria-live="polite" className="upload-status">
          {busy ? t.uploadBusy : ''}
        </span>
      </div>
      {error && (
        <p className="upload-error" role="alert" data-testid="upload-error">
          {error}
        </p>
      )}
    </form>
  );
}
