import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './api';
import { router } from './routes';
import { SessionProvider, useSession } from './session';
import './styles.css';

/** A 401 from any request: forget the session and go to /signin?next=<where the user was>. */
function UnauthorizedRedirect() {
  const { expire } = useSession();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const { pathname, search } = router.state.location;
      expire();
      if (pathname !== '/signin')
        void router.navigate(`/signin?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [expire]);
  return null;
}

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <UnauthorizedRedirect />
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
