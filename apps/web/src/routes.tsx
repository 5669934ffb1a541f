import { createBrowserRouter, Navigate, useRouteError, isRouteErrorResponse, Link } from 'react-router';
import { Layout, PublicLayout, RequireRole } from './components/Layout';
import { AccountScreen } from './screens/Account';
import { AdminUsersScreen } from './screens/AdminUsers';
import { ArticleScreen } from './screens/Article';
import { ArticlesScreen } from './screens/Articles';
import { AuditScreen } from './screens/Audit';
import { ClaimScreen } from './screens/Claim';
import { CompareScreen } from './screens/Compare';
import { EngineCardScreen } from './screens/EngineCard';
import { NotFoundScreen } from './screens/NotFound';
import { ReviewScreen } from './screens/Review';
import { SignInScreen } from './screens/SignIn';
import { SourceCardScreen } from './screens/SourceCard';
import { SourceMapScreen } from './screens/SourceMap';
import { SourcesScreen } from './screens/Sources';
import { UploadScreen } from './screens/Upload';

function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Something went wrong';
  return (
    <main id="main" className="route-error">
      <h1>Something went wrong</h1>
      <p role="alert">{message}</p>
      <p>
        <Link to="/articles">Back to the articles</Link>
      </p>
    </main>
  );
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [{ path: '/signin', element: <SignInScreen /> }],
      },
      {
        element: <Layout />,
        children: [
          { path: '/', element: <Navigate to="/articles" replace /> },
          { path: '/account', element: <AccountScreen /> },
          { path: '/articles', element: <ArticlesScreen /> },
          { path: '/articles/:id', element: <ArticleScreen /> },
          { path: '/sources', element: <SourcesScreen /> },
          { path: '/sources/:id', element: <SourceCardScreen /> },
          { path: '/compare', element: <CompareScreen /> },
          { path: '/claims/:id', element: <ClaimScreen /> },
          { path: '/engine', element: <EngineCardScreen /> },
          { path: '/map', element: <SourceMapScreen /> },
          {
            path: '/upload',
            element: (
              <RequireRole role="analyst">
                <UploadScreen />
              </RequireRole>
            ),
          },
          {
            path: '/review',
            element: (
              <RequireRole role="reviewer">
                <ReviewScreen />
              </RequireRole>
            ),
          },
          {
            path: '/admin/users',
            element: (
              <RequireRole role="admin">
                <AdminUsersScreen />
              </RequireRole>
            ),
          },
          {
            path: '/audit',
            element: (
              <RequireRole role="admin">
                <AuditScreen />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundScreen /> },
        ],
      },
    ],
  },
]);
