import type { paths } from './schema';
import type { CommandOutcome, GetResponses, PostResponses } from './views';

/** Paths of the api that answer GET / POST, from the generated OpenAPI types. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
export type PostPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];
/** The JSON body a POST path accepts, as the api's class-validator DTO describes it. */
export type BodyOf<P extends PostPath> = paths[P] extends { post: { requestBody: { content: { 'application/json': infer B } } } } ? B : never;
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
  ) {
    super(message);
  }
}

let bearer: string | null = null;
let onUnauthorized: () => void = () => {};

export function useToken(token: string | null, whenRejected: () => void = () => {}): void {
  bearer = token;
  onUnauthorized = whenRejected;
}

function url(path: string, params: Record<string, string>, query?: Record<string, string | number | boolean | undefined>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

async function send(method: 'GET' | 'POST', target: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(target, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.ok) return response;
  const problem = (await response.json().catch(() => ({}))) as { code?: string; message?: string; messageEn?: string; details?: { fields?: FieldError[] } };
  if (response.status === 401) onUnauthorized();
  throw new ApiError(response.status, problem.code ?? `HTTP_${response.status}`, problem.message ?? `请求失败（${response.status}）`, problem.messageEn ?? response.statusText, problem.details?.fields ?? []);
}

/** GET a documented path; the response is the view views.ts declares for that path. */
export async function apiGet<P extends GetPath & keyof GetResponses>(path: P, params: PathParams<P>, query?: Record<string, string | number | boolean | undefined>): Promise<GetResponses[P]> {
  return (await send('GET', url(path, params, query))).json() as Promise<GetResponses[P]>;
}

/** POST a command with the body its DTO documents; answers the recorded position and ids. */
export type PostResponse<P extends PostPath> = P extends keyof PostResponses ? PostResponses[P] : CommandOutcome;

export async function apiPost<P extends PostPath>(path: P, params: PathParams<P>, body: BodyOf<P>): Promise<PostResponse<P>> {
  return (await send('POST', url(path, params), body)).json() as Promise<PostResponse<P>>;
}

/** Downloads a GET path (exports) as a file, with the caller's token. */
export async function apiDownload<P extends GetPath>(path: P, params: PathParams<P>, fileName: string, query?: Record<string, string>): Promise<number> {
  const blob = await (await send('GET', url(path, params, query))).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
  return blob.size;
}
