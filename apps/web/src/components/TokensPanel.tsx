import { useState, type FormEvent } from 'react';
import { api, type CreatedApiToken, type User } from '../api';
import { dateTime } from '../format';
import { useApi } from '../hooks';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { Field } from './Field';

/**
 * API tokens for scripts: list, create (the secret is shown once) and revoke. With `all`
 * (admins), everyone's tokens are listed with their owner; new tokens are always the caller's own.
 */
export function TokensPanel({ all = false, users }: { all?: boolean; users?: User[] }) {
  const tokens = useApi(() => api.tokens(all), [all]);
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const owner = (id: string) => users?.find((u) => u.id === id)?.email ?? id;

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const t = await api.createToken(name.trim(), days ? Number(days) : undefined);
      setCreated(t);
      setName('');
      setDays('');
      tokens.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (id: string, label: string) => {
    if (!window.confirm(`Revoke the token "${label}"? Scripts using it stop working at once.`)) return;
    setError(null);
    try {
      await api.revokeToken(id);
      tokens.reload();
    } catch (err) {
      setError(err);
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const list = tokens.data ?? [];
  return (
    <section aria-labelledby="tokens-h">
      <h2 id="tokens-h">API tokens</h2>
      <p className="hint">
        Tokens let scripts use the API with your role: send <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <ErrorMessage error={error} />
      {created && (
        <div className="notice" role="status">
          <p>
            New token <strong>{created.name}</strong> — copy it now, it is not shown again:
          </p>
          <p>
            <code className="secret">{created.token}</code>{' '}
            <button type="button" className="secondary" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </p>
        </div>
      )}
      <form onSubmit={create} className="inline-form">
        <Field label="Token name">
          <input
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="nightly import script"
          />
        </Field>
        <Field label="Expires in days (optional)">
          <input type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} />
        </Field>
        <button type="submit" disabled={busy}>
          Create token
        </button>
      </form>
      {tokens.loading && !tokens.data && <Loading what="Loading tokens" />}
      <ErrorMessage error={tokens.error} />
      {tokens.data && !list.length && (
        <p className="empty">No API tokens yet — create one above when a script needs access.</p>
      )}
      {list.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                {all && <th scope="col">Owner</th>}
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {list.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  {all && <td>{owner(t.userId)}</td>}
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{dateTime(t.createdAt)}</td>
                  <td>{dateTime(t.lastUsedAt)}</td>
                  <td>{t.expiresAt ? dateTime(t.expiresAt) : 'never'}</td>
                  <td>
                    {t.revokedAt ? (
                      `revoked ${dateTime(t.revokedAt)}`
                    ) : (
                      <button
                        type="button"
                        className="secondary danger"
                        onClick={() => revoke(t.id, t.name)}
                        aria-label={`Revoke token ${t.name}`}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
