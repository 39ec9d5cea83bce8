import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type pg from 'pg';
import { AccessGuard, AUTH_CLOCK, DIRECTORY_LOOKUP, TenantContextInterceptor, TokenService } from '@tongxin/auth';
import type { Environment } from '@tongxin/config';
import { CLOCK, ENVIRONMENT, PG_POOL } from '@tongxin/platform';
import { DirectoryReader } from '@tongxin/read-store';
import { DIRECTORY_READER } from '@tongxin/application';
import { ReadModelDirectoryLookup } from './directory-lookup.js';

/** Every route is born guarded: authentication, role and scope in one global guard. */
@Module({
  providers: [
    {
      provide: TokenService,
      inject: [ENVIRONMENT],
      useFactory: (env: Environment) =>
        new TokenService({
          issuer: env.JWT_ISSUER,
          audience: env.JWT_AUDIENCE,
          maxAgeSeconds: env.JWT_MAX_AGE_MINUTES * 60,
          clockSkewSeconds: env.JWT_CLOCK_SKEW_SECONDS,
          ...(env.JWT_JWKS_URL
            ? { jwksUrl: env.JWT_JWKS_URL }
            : env.JWT_PUBLIC_KEY
              ? { publicKeyPem: env.JWT_PUBLIC_KEY }
              : { secret: env.JWT_SECRET }),
        }),
    },
    { provide: DIRECTORY_READER, inject: [PG_POOL], useFactory: (pool: pg.Pool) => new DirectoryReader(pool) },
    {
      provide: DIRECTORY_LOOKUP,
      inject: [DIRECTORY_READER],
      useFactory: (reader: DirectoryReader) => new ReadModelDirectoryLookup(reader),
    },
    { provide: AUTH_CLOCK, useExisting: CLOCK },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: TenantContextInterceptor },
  ],
  exports: [TokenService, DIRECTORY_READER],
})
export class AuthModule {}
