import { Link, useParams } from 'react-router';
import { api, type ClaimMember, type ClaimPage } from '../api';
import { useApi, usePageTitle } from '../hooks';
import { LoadState } from '../components/LoadState';
import { ProvenanceTag } from '../components/Provenance';
import { date, num, plural } from '../format';

const ROLE_TEXT: Record<ClaimMember['role'], string> = {
  origin: 'origin',
  corroboration: 'independent origin',
  amplification: 'amplifier',
  substantiation: 'repeats, with evidence',
};

const who = (m: ClaimMember): string => m.outlet?.name ?? 'unknown outlet';
const snippet = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function OutletLink({ m }: { m: ClaimMember }) {
  return m.outlet ? <Link to={`/sources/outlet:${m.outlet.id}`}>{m.outlet.name}</Link> : <>unknown outlet</>;
}

/** One appearance on the timeline; the claim's origin stands out and says so. */
function TimelineItem({ m, origin }: { m: ClaimMember; origin: boolean }) {
  return (
    <li className={`claim-member claim-${m.independent ? 'independent' : 'repeat'}${origin ? ' claim-origin' : ''}`}>
      <p className="meta">
        <time dateTime={m.publishedAt ?? undefined}>{m.publishedAt ? date(m.publishedAt) : 'undated'}</time> ·{' '}
        <OutletLink m={m} /> ·{' '}
        <span className={`claim-role role-${m.role}`}>{origin ? 'origin of the claim' : ROLE_TEXT[m.role]}</span>
        {m.syndicated && <span className="claim-syndicated"> · syndicated copy of the same text</span>}
      </p>
      <blockquote>{m.text}</blockquote>
      <p className="meta">
        <ProvenanceTag value={m.provenance} />
        {m.citedSource && (
          <>
            {' '}
            citing <Link to={`/sources/cited:${m.citedSource.id}`}>{m.citedSource.name}</Link>
          </>
        )}
        {m.scores && (
          <>
            {' '}
            · sourcing quality <strong>{m.scores.sourcingQuality}</strong> · alarmism{' '}
            <strong>{m.scores.alarmism}</strong>
          </>
        )}
        {m.admiralty && ` · Admiralty ${m.admiralty}`} ·{' '}
        <Link to={`/articles/${m.article.id}?a=${m.assertionId}`}>{m.article.title || 'Untitled article'}</Link>
      </p>
    </li>
  );
}

/** Who repeated whom, as nested lists: each independent origin with the members that repeat it. */
function RepetitionTree({ claim }: { claim: ClaimPage }) {
  const byKey = new Map(claim.members.map((m) => [m.key, m]));
  const children = new Map<string, string[]>();
  for (const e of claim.edges) children.set(e.to, [...(children.get(e.to) ?? []), e.from]);
  const repeated = new Set(claim.edges.map((e) => e.from));
  const roots = claim.members.filter((m) => !repeated.has(m.key));
  const node = (key: string, seen: Set<string>) => {
    const m = byKey.get(key)!;
    const kids = (children.get(key) ?? []).filter((k) => !seen.has(k));
    const next = new Set([...seen, ...kids]);
    return (
      <li key={key}>
        <span className={m.independent ? 'claim-node-origin' : 'claim-node-repeat'}>
          {who(m)} ({m.publishedAt ? date(m.publishedAt) : 'undated'}): {m.independent ? ROLE_TEXT[m.role] : 'repeats'}
          {m.syndicated ? ' (syndicated copy)' : ''}
        </span>
        {kids.length > 0 && <ul aria-label={`Repeating ${who(m)}`}>{kids.map((k) => node(k, next))}</ul>}
      </li>
    );
  };
  return <ul className="claim-tree">{roots.map((r) => node(r.key, new Set([r.key])))}</ul>;
}

function Figures({ claim }: { claim: ClaimPage }) {
  const byKey = new Map(claim.members.map((m) => [m.key, m]));
  const side = (key: string, value: number) => {
    const m = byKey.get(key);
    return (
      <td>
        <strong>{value.toLocaleString('en')}</strong>
        {m && (
          <>
            {' '}
            <span className="meta">
              ({who(m)}, {m.publishedAt ? date(m.publishedAt) : 'undated'})
            </span>
            <br />
            <span className="hint">{snippet(m.text)}</span>
          </>
        )}
      </td>
    );
  };
  return (
    <table className="claim-figures">
      <caption>Conflicting figures, side by side</caption>
      <thead>
        <tr>
          <th scope="col">Counted</th>
          <th scope="col">One member says</th>
          <th scope="col">Another says</th>
          <th scope="col">Ratio</th>
        </tr>
      </thead>
      <tbody>
        {claim.conflictingFigures.map((c) => (
          <tr key={`${c.noun}|${c.a.member}|${c.b.member}`}>
            <th scope="row">{c.noun}</th>
            {side(c.a.member, c.a.value)}
            {side(c.b.member, c.b.value)}
            <td>{num(c.ratio)}×</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A claim group: who said it first, who said it independently, who only repeated it. */
export function ClaimScreen() {
  const { id = '' } = useParams();
  const load = useApi(() => api.claim(id), [id]);
  const claim = load.data;
  usePageTitle(claim ? `Claim from ${claim.origin.name}` : 'Claim');
  const originMember = claim?.members.find((m) => m.key === claim.origin.member);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/articles">Articles</Link> ›
      </p>
      <h1>Claim{claim && <span className="subtitle"> first made by {claim.origin.name}</span>}</h1>
      <LoadState load={load} what="Loading the claim" />
      {claim && (
        <>
          <section className="card-block claim-summary" aria-labelledby="claim-summary-h">
            <h2 id="claim-summary-h">In short</h2>
            {originMember && <blockquote>{originMember.text}</blockquote>}
            <p>
              {plural(claim.members.length, 'appearance')} from {plural(claim.independentOrigins, 'independent origin')}
              : {plural(claim.amplifications, 'amplification')} (repetitions adding nothing checkable),{' '}
              {plural(claim.corroborations, 'independent confirmation')}.
            </p>
            {claim.amplifiedOnly && (
              <p className="claim-warning">
                Repeated, but every appearance goes back to one origin ({claim.origin.name}): it looks corroborated and
                is not.
              </p>
            )}
            <ul className="claim-origins" aria-label="Origins">
              {claim.origins.map((o) => (
                <li key={o.key}>
                  <strong>{o.name}</strong> <ProvenanceTag value={o.provenance} /> · {plural(o.members, 'appearance')}
                </li>
              ))}
            </ul>
          </section>

          <section className="card-block" aria-labelledby="claim-timeline-h">
            <h2 id="claim-timeline-h">Timeline by publication date</h2>
            <ol className="claim-timeline">
              {claim.members.map((m) => (
                <TimelineItem key={m.key} m={m} origin={m.key === claim.origin.member} />
              ))}
            </ol>
          </section>

          <section className="card-block" aria-labelledby="claim-tree-h">
            <h2 id="claim-tree-h">Who repeated whom</h2>
            <RepetitionTree claim={claim} />
          </section>

          {claim.conflictingFigures.length > 0 && (
            <section className="card-block" aria-labelledby="claim-figures-h">
              <h2 id="claim-figures-h">Conflicting figures</h2>
              <Figures claim={claim} />
            </section>
          )}
        </>
      )}
    </>
  );
}
