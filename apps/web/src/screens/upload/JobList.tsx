import { Link } from 'react-router';
import type { KnownText } from '../../api';
import { isDone, STATE_TEXT, type Job } from './jobs';

/** Where an uploaded text was already known, and what this upload recorded. */
function KnownTextNote({ known }: { known: KnownText }) {
  const where = known.outlet ? `under ${known.outlet.name}` : 'without an outlet';
  const copy = known.publication?.outlet.name;
  return (
    <p className="known-text" role="note">
      Already known: this text was stored before {where} (
      <Link to={`/articles/${known.articleId}`}>{known.title || 'Untitled article'}</Link>).{' '}
      {known.recorded === 'syndicated-copy' &&
        `This upload was recorded as ${copy}'s syndicated copy: scored once, counted for both outlets, an amplification of each claim.`}
      {known.recorded === 'already-syndicated' && `${copy}'s copy was already recorded; nothing was added.`}
      {known.recorded === 'nothing' && 'Nothing was added.'}
    </p>
  );
}

function JobRow({ job }: { job: Job }) {
  const finished = isDone(job.state);
  return (
    <li className={`job job-${job.state}`}>
      <span className="job-name">{job.name}</span>
      {finished ? null : <progress aria-label={`${job.name}: ${STATE_TEXT[job.state]}`} />}
      <span className="job-state">
        {STATE_TEXT[job.state]}
        {job.duplicate && !job.knownText && ' (already uploaded before)'}
        {job.message && `: ${job.message}`}
      </span>
      {job.knownText && <KnownTextNote known={job.knownText} />}
      {job.articleId && (job.state === 'scored' || job.state === 'failed') && (
        <Link to={`/articles/${job.articleId}`}>Open article{job.name ? ` “${job.name}”` : ''}</Link>
      )}
    </li>
  );
}

/** The uploads under way: a running count, an overall bar for several, and a row each. */
export function JobList({ jobs }: { jobs: Job[] }) {
  if (!jobs.length) return null;
  const finished = jobs.filter((j) => isDone(j.state)).length;
  return (
    <section aria-labelledby="progress-h" className="progress">
      <h2 id="progress-h">Progress</h2>
      <p role="status">
        {finished < jobs.length
          ? `Scoring: ${finished} of ${jobs.length} done`
          : `Done: ${jobs.filter((j) => j.state === 'scored').length} of ${jobs.length} scored`}
      </p>
      {jobs.length > 1 && <progress value={finished} max={jobs.length} aria-label="Uploads finished" />}
      <ul className="jobs">
        {jobs.map((j) => (
          <JobRow key={j.key} job={j} />
        ))}
      </ul>
    </section>
  );
}
