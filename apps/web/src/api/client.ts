import type { paths } from './schema';
import type { CommandOutcome, GetResponses, ImportProgress, PostResponses } from './views';

/** Paths of the api that answer GET / POST, from the generated OpenAPI types. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
export type PostPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];
/** The JSON body a POST path accepts, as the api's class-validator DTO describes it. */
export type BodyOf<P extends PostPath> = paths[P] extends {
  post: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;
type Segments<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | Segments<Rest> : never;
export type PathParams<P extends string> = { [K in Segments<P>]: string };

export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

/** An api error: its code, the Chinese message users see, the English twin, and field messages for forms. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly fields: readonly FieldError[],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let bearer: string | null = null;
let onUnauthorized: () => void = () => {};

export function setBearerToken(token: string | null, whenRejected: () => void = () => {}): void {
  bearer = token;
  onUnauthorized = whenRejected;
}

function url(
  path: string,
  params: Record<string, string>,
  query?: Record<string, string | number | boolean | undefined>,
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

async function send(method: 'GET' | 'POST', target: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const payload = body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body);
  const response = await fetch(target, { method, headers, body: payload });
  if (response.ok) return response;
  const problem = (await response.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    messageEn?: string;
    details?: { fields?: FieldError[] } & Record<string, unknown>;
  };
  if (response.status === 401) onUnauthorized();
  const message = problem.message ?? (response.status === 413 ? '文件过大' : `请求失败（${response.status}）`);
  throw new ApiError(
    response.status,
    problem.code ?? `HTTP_${response.status}`,
    message,
    problem.messageEn ?? response.statusText,
    problem.details?.fields ?? [],
    problem.details ?? {},
  );
}

/** GET a documented path; the response is the view views.ts declares for that path. */
export async function apiGet<P extends GetPath & keyof GetResponses>(
  path: P,
  params: PathParams<P>,
  query?: Record<string, string | number | boolean | undefined>,
): Promise<GetResponses[P]> {
  return (await send('GET', url(path, params, query))).json() as Promise<GetResponses[P]>;
}

/** POST a command with the body its DTO documents; answers the recorded position and ids. */
export type PostResponse<P extends PostPath> = P extends keyof PostResponses ? PostResponses[P] : CommandOutcome;

export async function apiPost<P extends PostPath>(
  path: P,
  params: PathParams<P>,
  body: BodyOf<P>,
): Promise<PostResponse<P>> {
  return (await send('POST', url(path, params), body)).json() as Promise<PostResponse<P>>;
}

/** Downloads a GET path (exports) as a file, with the caller's token. */
export async function apiDownload<P extends GetPath>(
  path: P,
  params: PathParams<P>,
  fileName: string,
  query?: Record<string, string>,
): Promise<number> {
  const blob = await (await send('GET', url(path, params, query))).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
  return blob.size;
}

/** Uploads a file as multipart field "file" to a POST path (the onboarding import). */
export async function apiUpload<P extends PostPath>(
  path: P,
  params: PathParams<P>,
  file: File,
): Promise<ImportProgress> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await send('POST', url(path, params), form)).json() as Promise<ImportProgress>;
}

/**
 * Follows a server-sent-events GET path with the caller's token (EventSource cannot send one),
 * calling `onEvent` with each event's JSON until the server ends the stream or `signal` aborts.
 */
export async function apiEvents<P extends GetPath>(
  path: P,
  params: PathParams<P>,
  onEvent: (data: unknown) => void,
  signal?: AbortSignal,
): Promise<void> {
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  const response = await fetch(url(path, params), { headers, signal });
  if (!response.ok || !response.body)
    throw new ApiError(
      response.status,
      `HTTP_${response.status}`,
      `无法获取进度（${response.status}）`,
      response.statusText,
      [],
    );
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data) onEvent(JSON.parse(data.slice(6)));
    }
  }
}
