import { readFileSync, writeFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import openapiTS, { astToString } from 'openapi-typescript';
import request from 'supertest';
import { startApi } from './app.js';

const TYPES_FILE = 'apps/web/src/api/schema.d.ts';
const HEADER = "// Generated from the api's OpenAPI document by `npm run web:api-types`; do not edit.\n";

/**
 * The web app's API types are generated from the OpenAPI document the api serves. This test
 * regenerates them and fails when the committed file is stale (UPDATE_API_TYPES=1 rewrites it).
 */
describe('web API types', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await startApi();
  });
  afterAll(async () => {
    await app.close();
  });

  it('match the OpenAPI document the api serves', async () => {
    const document = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    const generated = HEADER + astToString(await openapiTS(document.body, { alphabetize: true }));
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(TYPES_FILE, generated);
    const committed = readFileSync(TYPES_FILE, 'utf8');
    expect({ file: TYPES_FILE, upToDate: committed === generated }).toEqual({ file: TYPES_FILE, upToDate: true });
  });
});
