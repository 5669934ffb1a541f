import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { hasRole, type Role } from '../api';
import { useSession } from '../session';
import { Loading } from './Loading';

const NAV: Array<{ to: string; label: string; role: Role }> = [
  { to: '/articles', label: 'Articles', role: 'viewer' },
  { to: '/upload', label: 'Upload', role: 'analyst' },
  { to: '/sources', label: 'Report cards', role: 'viewer' },
  { to: '/map', label: 'Source map', role: 'viewer' },
  { to: '/review', label: 'Review', role: 'reviewer' },
  { to: '/engine', label: 'Engine card', role: 'viewer' },
  { to: '/admin/users', label: 'Users', role: 'admin' },
  { to: '/audit', label: 'Audit log', role: 'admin' },
];

function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
}

/** Moves focus to the main region after client-side navigation, so keyboard and screen-reader users start at the new content. */
function useFocusOnNavigate(ref: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [pathname, ref]);
}

/** The frame of every signed-in screen: skip link, navigation by role, the user and Sign out. */
export function Layout() {
  const { user, signOut, signedOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const [signingOut, setSigningOut] = useState(false);
  useFocusOnNavigate(main);

  if (user === undefined) return <Loading what="Checking your session" />;
  if (user === null) {
    if (signedOut) return <Navigate to="/signin" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }

  const onSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // signed out locally either way
    }
    navigate('/signin', { replace: true });
  };

  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="brand">
          <NavLink to="/articles">Source audit</NavLink>
        </div>
        <nav aria-label="Main">
          <ul>
            {NAV.filter((n) => hasRole(user.role, n.role)).map((n) => (
              <li key={n.to}>
                <NavLink to={n.to}>{n.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <NavLink to="/account" title="Your account">
            {user.email}
          </NavLink>{' '}
          <span className="role-badge">{user.role}</span>
          <button type="button" className="secondary" onClick={onSignOut} disabled={signingOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** The frame of the sign-in screen. */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="brand">Source audit</div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** Shows its children only to users with at least `role` (the server enforces roles too). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { user } = useSession();
  if (!hasRole(user?.role, role)) {
    return (
      <section>
        <h1>Not available</h1>
        <p>
          This page needs the <strong>{role}</strong> role; you are signed in as{' '}
          <strong>{user?.role ?? 'nobody'}</strong>. Ask an administrator if you need access.
        </p>
      </section>
    );
  }
  return <>{children}</>;
}
