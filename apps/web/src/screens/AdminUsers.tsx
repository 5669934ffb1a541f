import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ROLES, type Role, type User } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Pagination } from '../components/Pagination';
import { TokensPanel } from '../components/TokensPanel';
import { dateTime } from '../format';
import { useApi, usePageTitle } from '../hooks';
import { useSession } from '../session';
import { Field } from '../components/Field';
import { pageFrom } from '../url-filters';
import { Options } from '../components/Options';

const PAGE_SIZE = 50;

function CreateUser({ onCreated }: { onCreated(u: User): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const u = await api.createUser(email.trim(), password, role);
      setCreated(u.email);
      setEmail('');
      setPassword('');
      setRole('viewer');
      onCreated(u);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="create-user-h">
      <h2 id="create-user-h">Create a user</h2>
      <form onSubmit={submit} className="inline-form">
        <Field label="Email">
          <input type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label="Password">
          <input
            type="password"
            required
            minLength={12}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Field label="Role">
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <Options values={ROLES} />
          </select>
        </Field>
        <button type="submit" disabled={busy}>
          Create user
        </button>
      </form>
      <ErrorMessage error={error} />
      {created && (
        <p className="success" role="status">
          Created {created}. Give them their password through a safe channel; they can change it under their account.
        </p>
      )}
    </section>
  );
}

function UserRow({
  user,
  me,
  onChanged,
  onError,
}: {
  user: User;
  me: string | undefined;
  onChanged(u: User): void;
  onError(e: unknown): void;
}) {
  const [busy, setBusy] = useState(false);
  const patch = async (change: { role?: Role; disabled?: boolean }) => {
    setBusy(true);
    onError(null);
    try {
      onChanged(await api.updateUser(user.id, change));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr>
      <th scope="row">
        {user.email}
        {user.id === me && <span className="hint"> (you)</span>}
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={busy}
          onChange={(e) => void patch({ role: e.target.value as Role })}
        >
          <Options values={ROLES} />
        </select>
      </td>
      <td>{user.disabled ? `disabled ${dateTime(user.disabledAt)}` : 'active'}</td>
      <td>{dateTime(user.createdAt)}</td>
      <td>
        <button
          type="button"
          className={user.disabled ? 'secondary' : 'secondary danger'}
          disabled={busy}
          onClick={() => void patch({ disabled: !user.disabled })}
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
      </td>
    </tr>
  );
}

export function AdminUsersScreen() {
  usePageTitle('Users');
  const { user: me } = useSession();
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const users = useApi(() => api.users(page, PAGE_SIZE), [page]);
  const [rowError, setRowError] = useState<unknown>(null);

  const replace = (u: User) => users.setData((d) => d && { ...d, items: d.items.map((x) => (x.id === u.id ? u : x)) });

  return (
    <>
      <h1>Users</h1>
      <CreateUser onCreated={() => users.reload()} />
      <section aria-labelledby="users-h">
        <h2 id="users-h">Accounts</h2>
        <p className="hint">
          Roles add up: viewer reads; analyst also uploads; reviewer also reviews; admin also manages users, tokens and
          the audit log.
        </p>
        <ErrorMessage error={rowError} />
        <ErrorMessage error={users.error} />
        {users.loading && !users.data && <Loading what="Loading users" />}
        {users.data && (
          <>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Users</caption>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">State</th>
                    <th scope="col">Created</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((u) => (
                    <UserRow key={u.id} user={u} me={me?.id} onChanged={replace} onError={setRowError} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={users.data.page}
              pageSize={users.data.pageSize}
              total={users.data.total}
              label="User pages"
            />
          </>
        )}
      </section>
      <TokensPanel all users={users.data?.items} />
    </>
  );
}
