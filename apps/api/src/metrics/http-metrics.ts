import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Metrics } from '@tongxin/platform';

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Requests that matched no route (static files of the dashboard, 404s): one label, not one per URL. */
const UNMATCHED = '(unmatched)';

/** The outcome code of a command's answer: the error vocabulary's code, DUPLICATE for a retried command, else OK or HTTP_<status>. */
function outcomeCode(status: number, body: unknown): string {
  if (body && typeof body === 'object') {
    const { code, duplicate } = body as { code?: unknown; duplicate?: unknown };
    if (typeof code === 'string' && status >= 400) return code;
    if (duplicate === true && status < 300) return 'DUPLICATE';
  }
  return status < 300 ? 'OK' : `HTTP_${status}`;
}

/**
 * Express middleware of the api: every request's latency by method, route template (never the
 * raw URL: ids would make a series per record) and status, and every command's outcome by code.
 * A command is any POST/PUT/PATCH/DELETE under /api/; its name is its route.
 */
export function httpMetrics(metrics: Metrics): RequestHandler {
  const duration = metrics.histogram(
    'tongxin_http_request_duration_seconds',
    'HTTP request latency by method, route template and status code',
    ['method', 'route', 'status_code'],
  );
  const commands = metrics.counter(
    'tongxin_commands_total',
    'Commands answered, by command (its route) and outcome code',
    ['command', 'code'],
  );
  return (request: Request, response: Response, next: NextFunction) => {
    const stop = duration.startTimer();
    let body: unknown;
    const json = response.json.bind(response);
    response.json = (value: unknown) => {
      body = value;
      return json(value);
    };
    response.once('finish', () => {
      const template = (request.route as { path?: unknown } | undefined)?.path;
      const route = typeof template === 'string' ? `${request.baseUrl}${template}` : UNMATCHED;
      const status = response.statusCode;
      stop({ method: request.method, route, status_code: String(status) });
      if (COMMAND_METHODS.has(request.method) && route.startsWith('/api/'))
        commands.inc({ command: `${request.method} ${route}`, code: outcomeCode(status, body) });
    });
    next();
  };
}
