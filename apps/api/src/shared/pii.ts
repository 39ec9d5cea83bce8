import type { RecordView } from '@tongxin/application';

const MASK = '***';

function maskValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(() => MASK);
  if (typeof value === 'object') return Object.fromEntries(Object.keys(value).map((k) => [k, MASK]));
  return MASK;
}

/** Personal data lives in fields named `…Pii` (domain convention): readers outside the community's staff see them masked. */
export function maskPii<State>(view: RecordView<State>): RecordView<State> {
  return {
    ...view,
    timeline: view.timeline.map((event) => {
      const data = event.data as Record<string, unknown>;
      const piiKeys = Object.keys(data ?? {}).filter((key) => key.endsWith('Pii') && data[key] !== null);
      if (piiKeys.length === 0) return event;
      return { ...event, data: { ...data, ...Object.fromEntries(piiKeys.map((k) => [k, maskValue(data[k])])) } };
    }),
  };
}
