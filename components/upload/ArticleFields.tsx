'use client';

import type { Messages } from '@/lib/i18n';
import { ENCODINGS, FIELDS, detected, type Field, type Item } from './upload-request';

const LABEL: Record<Field, keyof Messages> = { outlet: 'uploadOutlet', title: 'uploadTitle', url: 'uploadUrl', publishedAt: 'uploadPublished' };
const HOW: Record<string, keyof Messages> = { bom: 'encBom', meta: 'encMeta', utf8: 'encUtf8', detector: 'encDetector', user: 'encUser', text: 'encText' };

/** One article of the upload form: its text or file, the detected encoding, and the editable fields. */
export function ArticleFields({
  item,
  index,
  t,
  disabled,
  canRemove,
  onRemove,
  onContent,
  onEncoding,
  onEdit,
}: {
  item: Item;
  index: number;
  t: Messages;
  disabled: boolean;
  canRemove: boolean;
  onRemove: () => void;
  onContent: (content: string) => void;
  onEncoding: (encoding: string) => void;
  onEdit: (field: Field, value: string) => void;
}) {
  const id = `article-${item.key}`;
  const p = item.preview?.ok ? item.preview : null;
  return (
    <fieldset className="upload-item" aria-describedby={item.error ? `${id}-error` : undefined} data-testid="upload-item">
      <legend>
        {t.uploadArticle} {index + 1}: <span className="upload-name">{item.name}</span>
      </legend>
      {item.file === undefined ? (
        <>
          <label htmlFor={`${id}-content`}>{t.uploadPaste}</label>
          <textarea id={`${id}-content`} rows={6} value={item.content ?? ''} onChange={(e) => onContent(e.target.value)} disabled={disabled} />
        </>
      ) : (
        <div className="upload-encoding">
          <label htmlFor={`${id}-encoding`}>{t.uploadEncoding}</label>
          <select id={`${id}-encoding`} value={item.encoding} onChange={(e) => onEncoding(e.target.value)} disabled={disabled} data-testid="encoding-select">
            <option value="">{t.uploadAuto}</option>
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
          {p && (
            <span className="upload-detected" data-testid="detected-encoding">
              {t.uploadDetected}: {p.encoding} ({t[HOW[p.encodingSource] ?? 'encDetector']})
            </span>
          )}
        </div>
      )}
      {item.busy && <p className="upload-checking">{t.uploadChecking}</p>}
      {p && (
        <p className="upload-summary" data-testid="upload-summary">
          {p.textLength} {t.uploadChars} · {p.script}
        </p>
      )}
      <div className="upload-fields">
        {FIELDS.map((f) => (
          <div key={f} className="upload-field">
            <label htmlFor={`${id}-${f}`}>{t[LABEL[f]]}</label>
            <input
              id={`${id}-${f}`}
              name={f}
              type={f === 'url' ? 'url' : 'text'}
              inputMode={f === 'url' ? 'url' : undefined}
              value={item.edits[f] ?? detected(item, f)}
              onChange={(e) => onEdit(f, e.target.value)}
              disabled={disabled}
              autoComplete="off"
            />
          </div>
        ))}
      </div>
      {item.error && (
        <p className="upload-error" role="alert" id={`${id}-error`} data-testid="article-error">
          {item.error}
        </p>
      )}
      {canRemove && (
        <button type="button" className="ghost" onClick={onRemove} disabled={disabled} aria-label={`${t.uploadRemove} ${item.name}`}>
          {t.uploadRemove}
        </button>
      )}
    </fieldset>
  );
}
