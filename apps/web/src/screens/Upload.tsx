import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeExtensions } from '@auditor/vocabulary';
import { api, type UploadMetadata } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { usePageTitle } from '../hooks';
import { ArticleMetaFields, EMPTY_META, type ArticleMeta } from './upload/ArticleMetaFields';
import { addChosenFiles, rejectedFilesProblem } from './upload/files';
import { FilePicker } from './upload/FilePicker';
import { JobList } from './upload/JobList';
import { mapAtMost, uploadAndFollow, type Job } from './upload/jobs';

export function UploadScreen() {
  usePageTitle('Upload an article');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [isHtml, setIsHtml] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [meta, setMeta] = useState<ArticleMeta>(EMPTY_META);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const picked = [...list];
    const problem = rejectedFilesProblem(picked);
    setError(problem ? new Error(problem) : null);
    setFiles((old) => addChosenFiles(old, picked));
  };

  const update = (key: string) => (change: Partial<Job>) =>
    setJobs((js) => js.map((j) => (j.key === key ? { ...j, ...change } : j)));

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
      : [
          {
            key: 'text',
            name: meta.title.trim() || 'Pasted text',
            send: () => api.uploadText(isHtml ? { html: text } : { text }, common),
          },
        ];
    setJobs(items.map((i) => ({ key: i.key, name: i.name, state: 'waiting' })));
    setRunning(true);
    // Three at a time: the server scores in the background anyway.
    const results = await mapAtMost(items, 3, (item) => uploadAndFollow(item.send, update(item.key)));
    setRunning(false);
    const only = results[0];
    // An already known text stays on this screen: its answer (where it was known, syndicated or not) is the news.
    if (items.length === 1 && only?.id && only.state === 'scored' && !only.known) navigate(`/articles/${only.id}`);
    else if (results.every((r) => r.state !== 'error')) {
      setFiles([]);
      setText('');
    }
  };

  return (
    <>
      <h1>Upload an article</h1>
      <p className="hint">
        Paste the text of an article, or choose one or several {describeExtensions()} files. Each upload is scored in
        the background; this page follows the scoring and opens the article when there is one.
      </p>
      <form onSubmit={submit} className="upload-form">
        <ErrorMessage error={error} />
        <div className="upload-content">
          <Field label="Text" className="block-label">
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={10}
              placeholder="Paste the article here…"
              disabled={running}
            />
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={isHtml} onChange={(e) => setIsHtml(e.target.checked)} disabled={running} />{' '}
            Pasted content is HTML (a web page)
          </label>
          <p className="or" aria-hidden="true">
            — or —
          </p>
          <FilePicker
            files={files}
            disabled={running}
            onAdd={addFiles}
            onRemove={(f) => setFiles((fs) => fs.filter((x) => x !== f))}
          />
        </div>
        <ArticleMetaFields
          meta={meta}
          onChange={(change) => setMeta((m) => ({ ...m, ...change }))}
          disabled={running}
        />
        <button type="submit" disabled={running}>
          Upload and score
        </button>
      </form>
      <JobList jobs={jobs} />
    </>
  );
}
