export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __tongxinEmbeddedPg?: { stop(): Promise<void> } }).__tongxinEmbeddedPg;
  await embedded?.stop();
}
