import { useEffect, useState } from 'react';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: Error };

/**
 * Runs `load` whenever `key` changes; results of a stale run are dropped. An undefined `key`
 * loads nothing (the caller has the value already).
 */
export function useAsync<T>(key: string | undefined, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ key: string | undefined; value: AsyncState<T> }>({
    key,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    load().then(
      (value) => current && setState({ key, value: { status: 'done', value } }),
      (error: unknown) =>
        current &&
        setState({
          key,
          value: {
            status: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          },
        }),
    );
    return () => {
      current = false;
    };
    // `load` is expected to depend on `key` only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
