/** Injection tokens for the adapters the apps share. */
export const PG_POOL = Symbol('PG_POOL');
export const REDIS = Symbol('REDIS');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const ENVIRONMENT = Symbol('ENVIRONMENT');
export const CLOCK = Symbol('CLOCK');
export const ID_GENERATOR = Symbol('ID_GENERATOR');
/** The PiiCodec that seals and opens `…Pii` fields (null when PII_MASTER_KEYS is not configured). */
export const PII_CODEC = Symbol('PII_CODEC');
/** The app's Prometheus registry and metric helpers (Metrics). */
export const METRICS = Symbol('METRICS');
