import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, type SessionUser } from './api';

interface SessionState {
  /** undefined while the session is being read, null when signed out. */
  user: SessionUser | null | undefined;
  /** True after the user signed out on purpose (then /signin gets no ?next=). */
  signedOut: boolean;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** Forget the user locally (after a 401). */
  expire(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    // On the sign-in page there is nothing to restore: skip the check.
    if (window.location.pathname === '/signin') {
      setUser((u) => (u === undefined ? null : u));
      return;
    }
    let live = true;
    api
      .session()
      .then((s) => {
        if (!live) return;
        // Signed out: 200 {user: null} (older servers answered 401, handled below).
        if (!s || typeof s !== 'object' || !s.user) {
          setUser(null);
          return;
        }
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch((e: unknown) => {
        if (!live) return;
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('Could not read the session', e);
        setUser(null);
      });
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const s = await api.signIn(email, password);
    setCsrfToken(s.csrfToken);
    setSignedOut(false);
    setUser(s.user);
    return s.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setCsrfToken(null);
      setSignedOut(true);
      setUser(null);
    }
  }, []);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setSignedOut(false);
    setUser(null);
  }, []);

  const value = useMemo(
    () => ({ user, signedOut, signIn, signOut, expire }),
    [user, signedOut, signIn, signOut, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
