import type { FormInstance } from 'antd';
import { ApiError } from './api/client';

/**
 * Runs a command from a form: server field messages (class-validator, e.g. `assignee.name`)
 * are shown next to their fields; other errors are returned for a banner.
 */
export async function submitCommand<T>(
  form: FormInstance,
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (!(error instanceof ApiError)) return { ok: false, message: String(error) };
    const known = new Set(Object.keys(form.getFieldsValue(true) as object));
    const shown = error.fields.filter((f) => known.has(f.field.split('.')[0] ?? ''));
    form.setFields(shown.map((f) => ({ name: f.field.split('.'), errors: [...f.messages] })));
    const unshown = error.fields.filter((f) => !shown.includes(f));
    return {
      ok: false,
      message: unshown.length > 0 || shown.length === 0 ? `${error.message}（${error.code}）` : '请按提示修改后重试',
    };
  }
}
