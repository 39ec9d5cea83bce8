export interface EmbeddedPostgresHandle {
  readonly url: string;
  stop(): Promise<void>;
}
export function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: unknown) => void;
}): Promise<EmbeddedPostgresHandle>;
