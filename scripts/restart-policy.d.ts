export declare const EX_CONFIG: 78;
export declare const BASE_DELAY_MS: number;
export declare const MAX_DELAY_MS: number;
export declare const STABLE_AFTER_MS: number;
export interface AppExit {
  readonly app: string;
  readonly code: number | null;
  readonly signal: string | null;
  readonly uptimeMs: number;
  readonly failures: number;
  readonly shuttingDown: boolean;
}
export type RestartDecision =
  | { readonly restart: true; readonly delayMs: number; readonly failures: number; readonly message: string }
  | { readonly restart: false; readonly message: string | null };
export function restartDecision(exit: AppExit): RestartDecision;
