/**
 * Bounded waiting for every request to the Blob store: a timeout that fires when a
 * request makes no progress, a few retries with backoff, and errors turned into words.
 * The `@vercel/blob` client's own retry loop is switched off (VERCEL_BLOB_RETRIES=0),
 * because it retries 10 times with no timeout and ends in "Unknown error" or "fetch
 * failed" with no file name.
 */
import {
  BlobRequestAbortedError,
  BlobServiceNotAvailable,
  BlobServiceRateLimited,
  BlobUnknownError,
} from "@vercel/blob";
import { RequestFailedError } from "./errors";

export interface NetworkPolicy {
  /** A request that makes no progress for this long is abandoned (and retried). */
  timeoutMs: number;
  /** Attempts after the first one. */
  retries: number;
  /** Wait before the first retry; doubles each time. */
  retryDelayMs: number;
  /** How long to wait for the CDN to serve a just-written blob instead of its old copy. */
  freshnessMs: number;
  /** Pause between two reads while waiting for the CDN. */
  pollMs: number;
}

/** The public CDN keeps an overwritten blob for up to 60 s; wait a little longer than that. */
export const DEFAULT_POLICY: NetworkPolicy = {
  timeoutMs: 30_000,
  retries: 3,
  retryDelayMs: 1_000,
  freshnessMs: 75_000,
  pollMs: 2_000,
};

/** The defaults with whatever `overrides` sets (an undefined value keeps the default). */
export function networkPolicyWith(overrides: Partial<NetworkPolicy> = {}): NetworkPolicy {
  const set = Object.entries(overrides).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_POLICY, ...(Object.fromEntries(set) as Partial<NetworkPolicy>) };
}

/** An HTTP answer that is not what a request needed; `retriable` for 5xx and 429. */
export class HttpStatusError extends Error {
  override name = "HttpStatusError";
  constructor(
    readonly status: number,
    readonly contentType: string,
  ) {
    super(`HTTP ${status}${contentType.includes("html") ? " with an HTML error page" : ""}`);
  }
  get retriable(): boolean {
    return this.status >= 500 || this.status === 429;
  }
}

/**
 * Aborts `signal` when `touch()` has not been called for `ms`. After `stop()`, `touch()`
 * does nothing: the client delivers a last throttled progress event after the upload has
 * finished, and a timer armed then would keep the process alive for `ms` after it is done.
 */
function idleTimer(ms: number) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = setTimeout(() => controller.abort(), ms);
  return {
    signal: controller.signal,
    touch() {
      if (timer === null) return;
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, at most 1 + retries times. Each attempt gets a signal
 * that aborts after `timeoutMs` without a `touch()`. Errors that another attempt cannot
 * fix (not found, forbidden, already exists, precondition failed) are rethrown at once
 * for the caller to judge; the rest end in a RequestFailedError naming `what`.
 */
export async function withRetries<T>(
  what: string,
  policy: NetworkPolicy,
  log: (line: string) => void,
  attempt: (signal: AbortSignal, touch: () => void) => Promise<T>,
): Promise<T> {
  process.env.VERCEL_BLOB_RETRIES = "0";
  const attempts = policy.retries + 1;
  for (let tried = 1; ; tried++) {
    const timer = idleTimer(policy.timeoutMs);
    try {
      return await attempt(timer.signal, timer.touch);
    } catch (error) {
      const reason = describeFailure(error, timer.signal.aborted, policy.timeoutMs);
      if (reason === null) throw error;
      if (tried >= attempts) throw new RequestFailedError(what, reason, tried);
      const wait =
        error instanceof BlobServiceRateLimited && error.retryAfter > 0
          ? error.retryAfter * 1000
          : policy.retryDelayMs * 2 ** (tried - 1);
      log(`${what}: ${reason}; trying again in ${(wait / 1000).toFixed(1)} s (attempt ${tried + 1} of ${attempts})`);
      await sleep(wait);
    } finally {
      timer.stop();
    }
  }
}

/** Why a request failed, in words, if another attempt might succeed; null if it cannot. */
function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): string | null {
  if (timedOut || error instanceof BlobRequestAbortedError || (error instanceof Error && error.name === "AbortError")) {
    return `no progress for ${timeoutMs / 1000} s (the connection stalled)`;
  }
  if (error instanceof BlobServiceNotAvailable) return "the Blob service answered 503 (unavailable)";
  if (error instanceof BlobServiceRateLimited) return "the Blob service is rate limiting (429)";
  // The client says "Unknown error" for a 500, for an HTML page from a proxy, for any body it cannot parse.
  if (error instanceof BlobUnknownError)
    return "the Blob service answered with an error it did not explain (a 500, or an HTML error page)";
  if (error instanceof HttpStatusError) return error.retriable ? error.message : null;
  if (error instanceof TypeError) {
    const cause = (error as TypeError & { cause?: { code?: string; message?: string } }).cause;
    return `the connection failed (${cause?.code ?? cause?.message ?? error.message})`;
  }
  return null;
}
