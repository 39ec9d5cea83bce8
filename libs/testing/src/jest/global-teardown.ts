import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TONGXIN_TEST_SERVER_URL;
  const databaseName = process.env.TONGXIN_TEST_DATABASE_NAME_IN_USE;
  if (serverUrl && databaseName && !process.env.TONGXIN_TEST_KEEP_DATABASE) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${databaseName} with (force)`).finally(() => admin.end());
  }
  const embedded = (globalThis as { __tongxinEmbeddedPg?: { stop(): Promise<void> } }).__tongxinEmbeddedPg;
  await embedded?.stop();
}
