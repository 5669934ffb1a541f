import { Link } from 'react-router';
import { usePageTitle } from '../hooks';

export function NotFoundScreen() {
  usePageTitle('Not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to the <Link to="/articles">articles</Link> or the{' '}
        <Link to="/sources">report cards</Link>.
      </p>
    </section>
  );
}
