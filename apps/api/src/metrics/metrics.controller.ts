import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@tongxin/auth';
import { METRICS, type Metrics } from '@tongxin/platform';

/**
 * Prometheus scrapes the api here. Public like the health checks: it holds route templates,
 * outcome codes and counts, no tenant and no record. Keep it off the ingress (deploy/k8s).
 */
@ApiExcludeController()
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(@Inject(METRICS) private readonly metrics: Metrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() response: Response): Promise<void> {
    response.type(this.metrics.contentType).send(await this.metrics.text());
  }
}
