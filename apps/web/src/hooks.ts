import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from './api/client';
import type { PeriodChoice } from './components/PeriodPicker';
import { PERIOD_LABELS, type PeriodKind } from './labels';
import { dayjs } from './periods';

/** Loads data for a page; reloads when `deps` change or on `reload()`; keeps the error to show. */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): { data: T | null; error: ApiError | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((value) => live && (setData(value), setError(null)))
      .catch(
        (e: unknown) =>
          live && setError(e instanceof ApiError ? e : new ApiError(0, 'NETWORK', '网络错误', String(e), [])),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

/**
 * The period a dashboard shows, kept in the address (`?period=month&at=2026-11-01`) so a link
 * or a drill-down to another level keeps it; this month by default.
 */
export function usePeriodChoice(): [PeriodChoice, (next: PeriodChoice) => void] {
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('period') as PeriodKind | null;
  const kind: PeriodKind = kindParam && kindParam in PERIOD_LABELS ? kindParam : 'month';
  const atParam = params.get('at');
  const at = atParam && /^\d{4}-\d{2}-\d{2}$/.test(atParam) && dayjs(atParam).isValid() ? dayjs(atParam) : dayjs();
  const choose = useCallback(
    (next: PeriodChoice) =>
      setParams(
        (current) => {
          current.set('period', next.kind);
          current.set('at', next.at.format('YYYY-MM-DD'));
          return current;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [{ kind, at }, choose];
}
