import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api/client';

/** Loads data for a page; reloads when `deps` change or on `reload()`; keeps the error to show. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: T | null; error: ApiError | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((value) => live && (setData(value), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(0, 'NETWORK', '网络错误', String(e), [])))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
