import type { UploadMetadata } from '../../api';
import { Field } from '../../components/Field';
import { Options } from '../../components/Options';
import { OUTLET_TYPES } from '@auditor/vocabulary';

export type ArticleMeta = Required<UploadMetadata>;
export const EMPTY_META: ArticleMeta = { title: '', outlet: '', outletType: '', publishedAt: '', url: '', author: '' };

/** What the uploader knows about the article; every field optional. */
export function ArticleMetaFields({
  meta,
  onChange,
  disabled,
}: {
  meta: ArticleMeta;
  onChange(change: Partial<ArticleMeta>): void;
  disabled: boolean;
}) {
  const field = (k: keyof ArticleMeta) => ({
    value: meta[k],
    onChange: (e: { target: { value: string } }) => onChange({ [k]: e.target.value }),
  });
  return (
    <fieldset className="upload-meta" disabled={disabled}>
      <legend>About the article</legend>
      <Field label="Title">
        <input {...field('title')} maxLength={500} aria-describedby="title-hint" />
      </Field>
      <span id="title-hint" className="hint">
        Optional; found in the HTML or PDF when left blank. With several files each keeps its own.
      </span>
      <Field label="Outlet">
        <input {...field('outlet')} maxLength={200} placeholder="e.g. Afghanistan Analysts Network" />
      </Field>
      <Field label="Outlet type">
        <select {...field('outletType')}>
          <option value="">not given</option>
          <Options values={OUTLET_TYPES} />
        </select>
      </Field>
      <Field label="Published">
        <input type="date" {...field('publishedAt')} />
      </Field>
      <Field label="URL">
        <input type="url" {...field('url')} placeholder="https://…" />
      </Field>
      <Field label="Author">
        <input {...field('author')} maxLength={200} />
      </Field>
    </fieldset>
  );
}
