import type { RecordView } from '@tongxin/application';

const MASK = '***';

function maskValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(() => MASK);
  if (typeof value === 'object') return Object.fromEntries(Object.keys(value).map((k) => [k, MASK]));
  return MASK;
}

export function maskFields(data: Record<string, unknown> | null | undefined): Record<string, unknown> | null | undefined {
  const piiKeys = Object.keys(data ?? {}).filter((key) => key.endsWith('Pii') && (data as Record<string, unknown>)[key] !== null);
  if (!data || piiKeys.length === 0) return data;
  return { ...data, ...Object.fromEntries(piiKeys.map((k) => [k, maskValue(data[k])])) };
}

/**
 * Personal data lives in fields named `…Pii` (domain convention): readers outside the community's
 * staff see them masked — in each event's data, in a correction's replacement values, and in the
 * values as corrected.
 */
export function maskPii<State>(view: RecordView<State>): RecordView<State> {
  return {
    ...view,
    timeline: view.timeline.map((event) => {
      const data = maskFields(event.data as Record<string, unknown>) as Record<string, unknown>;
      const values = data && typeof data.values === 'object' && data.values !== null ? maskFields(data.values as Record<string, unknown>) : undefined;
      return {
        ...event,
        data: values ? { ...data, values } : data,
        ...(event.corrected ? { corrected: { ...event.corrected, data: maskFields(event.corrected.data as Record<string, unknown>) } } : {}),
      };
    }),
  };
}
