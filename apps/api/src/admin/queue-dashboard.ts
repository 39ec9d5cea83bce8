import {
  Controller,
  Get,
  Inject,
  Injectable,
  Next,
  Patch,
  Post,
  Put,
  Req,
  Res,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { Access, onPlatform } from '@tongxin/auth';
import type { Environment } from '@tongxin/config';
import { AUDIT_QUEUE, EXPORT_QUEUE, IMPORT_QUEUE, RANKINGS_QUEUE, SLA_QUEUE } from '@tongxin/jobs';
import { CodedError } from '@tongxin/kernel';
import { ENVIRONMENT } from '@tongxin/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** A browser cannot send a bearer header when it opens the dashboard: it may carry the token in this cookie instead. */
export const QUEUE_DASHBOARD_COOKIE = 'tongxin-admin-token';

/** Bull Board over every Tongxin queue (with the deployment's QUEUE_PREFIX); absent without Redis. */
@Injectable()
export class QueueDashboard implements OnApplicationShutdown {
  private readonly queues: Queue[];
  readonly router: ((req: Request, res: Response, next: NextFunction) => void) | null;

  constructor(@Inject(ENVIRONMENT) environment: Environment) {
    const connection = environment.REDIS_URL
      ? { url: environment.REDIS_URL, maxRetriesPerRequest: 1, enableOfflineQueue: false }
      : null;
    this.queues = connection
      ? [SLA_QUEUE, RANKINGS_QUEUE, IMPORT_QUEUE, EXPORT_QUEUE, AUDIT_QUEUE].map(
          (name) => new Queue(name, { connection, prefix: environment.QUEUE_PREFIX }),
        )
      : [];
    for (const queue of this.queues) queue.on('error', () => undefined);
    if (!connection) {
      this.router = null;
      return;
    }
    const adapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q)),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: '同心 · 任务队列' } },
    });
    // The adapter types its router as `any`; it is an express Router.
    this.router = adapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
  }
}

/**
 * Copies the dashboard cookie into the Authorization header when none is sent, so the one access
 * guard decides. Plain Express middleware on the path (configure-app.ts), not a route.
 */
export function queueDashboardCookie(req: Request, _res: Response, next: NextFunction): void {
  if (!req.headers.authorization) {
    const cookie = (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(`${QUEUE_DASHBOARD_COOKIE}=`));
    if (cookie)
      req.headers.authorization = `Bearer ${decodeURIComponent(cookie.slice(QUEUE_DASHBOARD_COOKIE.length + 1))}`;
  }
  next();
}

/**
 * /admin/queues: Bull Board for platform administrators only. It is mounted behind a declared
 * route (not as bare middleware), so the global access guard authenticates every page, asset and
 * API call of the board: 401 without a token, 403 for any other role.
 */
@ApiExcludeController()
@Controller('admin/queues')
export class QueueDashboardController {
  constructor(private readonly dashboard: QueueDashboard) {}

  // The board's own methods (pages, assets and its API: GET; job actions: PUT, POST, PATCH), each declared.
  @Get(['', '*path'])
  @Access(['platform-admin'], onPlatform)
  get(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.serve(req, res, next);
  }

  @Put('*path')
  @Access(['platform-admin'], onPlatform)
  put(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.serve(req, res, next);
  }

  @Post('*path')
  @Access(['platform-admin'], onPlatform)
  post(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.serve(req, res, next);
  }

  @Patch('*path')
  @Access(['platform-admin'], onPlatform)
  patch(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.serve(req, res, next);
  }

  private serve(req: Request, res: Response, next: NextFunction): void {
    const router = this.dashboard.router;
    if (!router)
      throw new CodedError(
        'QUEUES_UNAVAILABLE',
        'unavailable',
        '未配置 Redis，任务队列不可用',
        'Redis is not configured: no queues to show',
      );
    // The board routes relative to its mount point.
    const url = req.originalUrl.slice(QUEUE_DASHBOARD_PATH.length) || '/';
    Object.assign(req, { url: url.startsWith('/') ? url : `/${url}`, baseUrl: QUEUE_DASHBOARD_PATH });
    router(req, res, next);
  }
}
