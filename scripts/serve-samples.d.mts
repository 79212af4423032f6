// Types for scripts/serve-samples.mjs, so the TypeScript e2e tests can import it.
export const repoRoot: string;
export const defaultMounts: Record<string, string>;

export interface ServedRequest {
  method: string;
  url: string;
}

export interface SampleServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  port: number;
  /** Every request the server received, in order. */
  requests: ServedRequest[];
  /** Absolute URL for a path on this server, e.g. url('/samples/article.html'). */
  url(path: string): string;
  close(): Promise<void>;
}

export function startServer(options?: {
  port?: number;
  mounts?: Record<string, string>;
  log?: boolean;
}): Promise<SampleServer>;
