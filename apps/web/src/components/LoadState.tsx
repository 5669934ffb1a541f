import type { ReactNode } from 'react';
import type { Loaded } from '../hooks';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/**
 * What a screen shows of a load besides its data: the error, "Loading…" until the first answer
 * (a reload keeps the old data on screen instead), and `empty` when given (a list with nothing in it).
 */
export function LoadState({
  load,
  what,
  empty,
}: {
  load: Pick<Loaded<unknown>, 'data' | 'error' | 'loading'>;
  what: string;
  empty?: ReactNode;
}) {
  return (
    <>
      <ErrorMessage error={load.error} />
      {load.loading && !load.data && <Loading what={what} />}
      {empty ? <p className="empty">{empty}</p> : null}
    </>
  );
}
