import { useState, type DragEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, OUTLET_TYPES, type ArticleStatus, type UploadMetadata } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { usePageTitle } from '../hooks';
import { Field } from '../components/Field';
import { ACCEPT_ATTRIBUTE, describeExtensions, hasAcceptedEnding } from '@auditor/vocabulary';
import { Options } from '../components/Options';
const POLL_LIMIT_MS = 5 * 60_000;

type JobState = 'waiting' | 'uploading' | ArticleStatus | 'error';

interface Job {
  key: string;
  name: string;
  state: JobState;
  articleId?: string;
  duplicate?: boolean;
  message?: string;
}

const STATE_TEXT: Record<JobState, string> = {
  waiting: 'Waiting',
  uploading: 'Uploading',
  queued: 'Queued for scoring',
  scoring: 'Scoring',
  scored: 'Scored',
  failed: 'Scoring failed',
  error: 'Not uploaded',
};

const done = (s: JobState) => s === 'scored' || s === 'failed' || s === 'error';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function JobRow({ job }: { job: Job }) {
  const finished = done(job.state);
  return (
    <li className={`job job-${job.state}`}>
      <span className="job-name">{job.name}</span>
      {finished ? null : <progress aria-label={`${job.name}: ${STATE_TEXT[job.state]}`} />}
      <span className="job-state">
        {STATE_TEXT[job.state]}
        {job.duplicate && ' (already uploaded before)'}
        {job.message && `: ${job.message}`}
      </span>
      {job.articleId && (job.state === 'scored' || job.state === 'failed') && (
        <Link to={`/articles/${job.articleId}`}>Open article{job.name ? ` “${job.name}”` : ''}</Link>
      )}
    </li>
  );
}

export function UploadScreen() {
  usePageTitle('Upload an article');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [isHtml, setIsHtml] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [meta, setMeta] = useState<Required<UploadMetadata>>({ title: '', outlet: '', outletType: '', publishedAt: '', url: '', author: '' });
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const [running, setRunning] = useState(false);

  const field = (k: keyof UploadMetadata) => ({ value: meta[k], onChange: (e: { target: { value: string } }) => setMeta((m) => ({ ...m, [k]: e.target.value })) });

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const picked = [...list];
    const bad = picked.filter((f) => !hasAcceptedEnding(f.name));
    setError(bad.length ? new Error(`Only ${describeExtensions()} files can be uploaded: ${bad.map((f) => f.name).join(', ')} left out`) : null);
    setFiles((old) => [...old, ...picked.filter((f) => hasAcceptedEnding(f.name) && !old.some((o) => o.name === f.name && o.size === f.size))]);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };

  const update = (key: string, change: Partial<Job>) => setJobs((js) => js.map((j) => (j.key === key ? { ...j, ...change } : j)));

  /** Uploads one item, then polls its article until scoring is done. */
  const run = async (key: string, send: () => ReturnType<typeof api.uploadText>): Promise<{ id?: string; state: JobState }> => {
    update(key, { state: 'uploading' });
    let id: string;
    try {
      const accepted = await send();
      id = accepted.id;
      update(key, { state: accepted.status, articleId: id, duplicate: accepted.duplicate });
      if (done(accepted.status)) return { id, state: accepted.status };
    } catch (err) {
      update(key, { state: 'error', message: err instanceof ApiError ? err.message : String(err) });
      return { state: 'error' };
    }
    const until = Date.now() + POLL_LIMIT_MS;
    let wait = 500;
    while (Date.now() < until) {
      await sleep(wait);
      wait = Math.min(2000, wait * 1.5);
      try {
        const a = await api.article(id);
        update(key, { state: a.status, message: a.status === 'failed' ? a.error ?? undefined : undefined });
        if (done(a.status)) return { id, state: a.status };
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) {
          update(key, { state: 'error', message: 'the article was deleted' });
          return { state: 'error' };
        }
        // a transient failure: keep polling
      }
    }
    update(key, { message: 'still not scored after five minutes; open the article later' });
    return { id, state: 'queued' };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!text.trim() && !files.length) {
      setError(new Error('Paste the article text or choose at least one file'));
      return;
    }
    if (text.trim() && files.length) {
      setError(new Error('Upload either pasted text or files, not both at once: clear one of them'));
      return;
    }
    // With several files, a single title would name them all alike: each file keeps its own.
    const common: UploadMetadata = files.length > 1 ? { ...meta, title: '' } : meta;
    const items = files.length
      ? files.map((f, i) => ({ key: `${i}-${f.name}`, name: f.name, send: () => api.uploadFile(f, f.name, common) }))
      : [{ key: 'text', name: meta.title.trim() || 'Pasted text', send: () => api.uploadText(isHtml ? { html: text } : { text }, common) }];
    setJobs(items.map((i) => ({ key: i.key, name: i.name, state: 'waiting' })));
    setRunning(true);
    // Three at a time: the server scores in the background anyway.
    const results: Array<{ id?: string; state: JobState }> = [];
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const item = items[next++]!;
        results.push(await run(item.key, item.send));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    setRunning(false);
    const only = results[0];
    if (items.length === 1 && only?.id && only.state === 'scored') navigate(`/articles/${only.id}`);
    else if (results.every((r) => r.state !== 'error')) {
      setFiles([]);
      setText('');
    }
  };

  const finished = jobs.filter((j) => done(j.state)).length;

  return (
    <>
      <h1>Upload an article</h1>
      <p className="hint">Paste the text of an article, or choose one or several {describeExtensions()} files. Each upload is scored in the background; this page follows the scoring and opens the article when there is one.</p>
      <form onSubmit={submit} className="upload-form">
        <ErrorMessage error={error} />
        <div className="upload-content">
          <Field label="Text" className="block-label">
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={10} placeholder="Paste the article here…" disabled={running} />
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={isHtml} onChange={(e) => setIsHtml(e.target.checked)} disabled={running} /> Pasted content is HTML (a web page)
          </label>
          <p className="or" aria-hidden="true">
            — or —
          </p>
          <div
            className={`dropzone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <Field label="Files" className="block-label">
              <input type="file" multiple accept={ACCEPT_ATTRIBUTE} disabled={running} onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = '';
              }} aria-describedby="files-hint" />
            </Field>
            <p id="files-hint" className="hint">
              Drop files here or choose them: {describeExtensions()} (text in UTF-8).
            </p>
            {files.length > 0 && (
              <ul className="file-list" aria-label="Chosen files">
                {files.map((f) => (
                  <li key={`${f.name}-${f.size}`}>
                    {f.name} <span className="hint">({Math.ceil(f.size / 1024)} KB)</span>{' '}
                    <button type="button" className="link-button" disabled={running} onClick={() => setFiles((fs) => fs.filter((x) => x !== f))} aria-label={`Remove ${f.name}`}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <fieldset className="upload-meta" disabled={running}>
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
        <button type="submit" disabled={running}>
          Upload and score
        </button>
      </form>
      {jobs.length > 0 && (
        <section aria-labelledby="progress-h" className="progress">
          <h2 id="progress-h">Progress</h2>
          <p role="status">
            {finished < jobs.length ? `Scoring: ${finished} of ${jobs.length} done` : `Done: ${jobs.filter((j) => j.state === 'scored').length} of ${jobs.length} scored`}
          </p>
          {jobs.length > 1 && <progress value={finished} max={jobs.length} aria-label="Uploads finished" />}
          <ul className="jobs">
            {jobs.map((j) => (
              <JobRow key={j.key} job={j} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
