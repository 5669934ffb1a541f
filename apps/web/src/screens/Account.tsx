import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { TokensPanel } from '../components/TokensPanel';
import { usePageTitle } from '../hooks';
import { useSession } from '../session';
import { Field } from '../components/Field';

function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (next !== repeat) {
      setError(new Error('The new passwords do not match'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.changePassword(current, next);
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="pw-h">
      <h2 id="pw-h">Change password</h2>
      <form onSubmit={submit} className="stack narrow">
        <ErrorMessage error={error} />
        {done && (
          <p className="success" role="status">
            Your password was changed.
          </p>
        )}
        <Field label="Current password">
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Field>
        <Field label="New password">
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            aria-describedby="pw-hint"
          />
        </Field>
        <span id="pw-hint" className="hint">
          At least 12 characters.
        </span>
        <Field label="Repeat new password">
          <input
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          Change password
        </button>
      </form>
    </section>
  );
}

export function AccountScreen() {
  usePageTitle('Your account');
  const { user } = useSession();
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{user?.email}</strong> with the role <strong>{user?.role}</strong>.
      </p>
      <ChangePassword />
      <TokensPanel />
    </>
  );
}
