import { Link } from 'react-router';
import { isDone, STATE_TEXT, type Job } from './jobs';

function JobRow({ job }: { job: Job }) {
  const finished = isDone(job.state);
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
