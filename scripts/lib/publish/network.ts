/**
 * Bounded waiting for every request to the Blob store: a timeout that fires when a
 * request makes no progress, a deadline for the request as a whole (its attempts and the
 * waits between them, so a trickle of bytes cannot keep it alive), a deadline for the
 * whole run, a cap on how long a `Retry-After` is waited for, a few retries with backoff,
 * and errors turned into words. An answer of the wrong shape (an HTML page from a proxy,
 * JSON without the fields) fails like a 5xx: retried, then a RequestFailedError.
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
import { BadAnswerError, InterruptedError, RequestFailedError } from "./errors";

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
  /** One request, all its attempts and the waits between them, ends within this long. */
  requestDeadlineMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails at once, saying so. */
  retryAfterCapMs: number;
  /** Every request of one run ends within this long of the run's start. */
  runDeadlineMs: number;
  /** When the run's deadline passes (epoch ms); set once per run by `startRun`. */
  deadlineAt?: number;
  /** Ctrl-C: aborts the current request; waiting stops. */
  signal?: AbortSignal;
}

/** The public CDN keeps an overwritten blob for up to 60 s; wait a little longer than that. */
export const DEFAULT_POLICY: NetworkPolicy = {
  timeoutMs: 30_000,
  retries: 3,
  retryDelayMs: 1_000,
  freshnessMs: 75_000,
  pollMs: 2_000,
  requestDeadlineMs: 120_000,
  retryAfterCapMs: 30_000,
  runDeadlineMs: 900_000,
};

/** The policy with the run's deadline fixed from now, unless a caller (redeploy) fixed it already. */
export function startRun(policy: NetworkPolicy, now = Date.now()): NetworkPolicy {
  return policy.deadlineAt === undefined ? { ...policy, deadlineAt: now + policy.runDeadlineMs } : policy;
}

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

/** Why an attempt's signal was aborted. */
type Stop = "idle" | "deadline" | "interrupted";

/**
 * Aborts `signal` when `touch()` has not been called for `idleMs`, when `deadlineMs` has
 * passed whatever the progress (a trickle touches forever), or when `interrupt` aborts.
 * After `stop()`, `touch()` does nothing: the client delivers a last throttled progress
 * event after the upload has finished, and a timer armed then would keep the process
 * alive for `idleMs` after it is done.
 */
function attemptTimer(idleMs: number, deadlineMs: number, interrupt?: AbortSignal) {
  const controller = new AbortController();
  let why: Stop | null = null;
  const abort = (reason: Stop) => {
    why ??= reason;
    controller.abort();
  };
  let idle: NodeJS.Timeout | null = setTimeout(() => abort("idle"), idleMs);
  const hard = setTimeout(() => abort("deadline"), Math.max(0, deadlineMs));
  const onInterrupt = () => abort("interrupted");
  interrupt?.addEventListener("abort", onInterrupt);
  if (interrupt?.aborted) abort("interrupted");
  return {
    signal: controller.signal,
    get why() {
      return why;
    },
    touch() {
      if (idle === null) return;
      clearTimeout(idle);
      idle = setTimeout(() => abort("idle"), idleMs);
    },
    stop() {
      if (idle !== null) clearTimeout(idle);
      idle = null;
      clearTimeout(hard);
      interrupt?.removeEventListener("abort", onInterrupt);
    },
  };
}

/** Waits `ms`; resolves early (false) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const done = (slept: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(slept);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort);
  });
}

/** Seconds for a message: "0.3", "30", "120". */
const seconds = (ms: number) => (ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1));

/**
 * Runs `attempt` until it succeeds, at most 1 + retries times, and always within
 * `requestDeadlineMs` and the run's deadline. Each attempt gets a signal that aborts after
 * `timeoutMs` without a `touch()`, at the deadline, or on Ctrl-C (then an InterruptedError).
 * Errors that another attempt cannot fix (not found, forbidden, already exists,
 * precondition failed) are rethrown at once for the caller to judge; the rest end in a
 * RequestFailedError naming `what`.
 */
export async function withRetries<T>(
  what: string,
  policy: NetworkPolicy,
  log: (line: string) => void,
  attempt: (signal: AbortSignal, touch: () => void) => Promise<T>,
): Promise<T> {
  process.env.VERCEL_BLOB_RETRIES = "0";
  const attempts = policy.retries + 1;
  const started = Date.now();
  const requestEnds = started + policy.requestDeadlineMs;
  const ends = Math.min(requestEnds, policy.deadlineAt ?? Number.POSITIVE_INFINITY);
  const deadlineWords = () =>
    ends === requestEnds
      ? `${seconds(policy.requestDeadlineMs)} s, the deadline of one request, passed`
      : `the run's deadline (${seconds(policy.runDeadlineMs)} s after it started) passed`;
  for (let tried = 1; ; tried++) {
    if (policy.signal?.aborted) throw new InterruptedError(what);
    const timer = attemptTimer(policy.timeoutMs, ends - Date.now(), policy.signal);
    try {
      return await attempt(timer.signal, timer.touch);
    } catch (error) {
      if (timer.why === "interrupted") throw new InterruptedError(what);
      if (timer.why === "deadline") throw new RequestFailedError(what, deadlineWords(), tried);
      const reason = describeFailure(error, timer.why === "idle", policy.timeoutMs);
      if (reason === null) throw error;
      if (tried >= attempts) throw new RequestFailedError(what, reason, tried);
      const asked = error instanceof BlobServiceRateLimited && error.retryAfter > 0 ? error.retryAfter * 1000 : null;
      if (asked !== null && asked > policy.retryAfterCapMs)
        throw new RequestFailedError(
          what,
          `${reason}, and asks to wait ${seconds(asked)} s before trying again, longer than the ${seconds(policy.retryAfterCapMs)} s this tool waits; run the command again later`,
          tried,
        );
      const wait = asked ?? policy.retryDelayMs * 2 ** (tried - 1);
      if (Date.now() + wait >= ends) throw new RequestFailedError(what, `${reason}; then ${deadlineWords()}`, tried);
      log(`${what}: ${reason}; trying again in ${(wait / 1000).toFixed(1)} s (attempt ${tried + 1} of ${attempts})`);
      if (!(await sleep(wait, policy.signal))) throw new InterruptedError(what);
    } finally {
      timer.stop();
    }
  }
}

/** Why a request failed, in words, if another attempt might succeed; null if it cannot. */
function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): string | null {
  if (timedOut || error instanceof BlobRequestAbortedError || (error instanceof Error && error.name === "AbortError")) {
    return `no progress for ${seconds(timeoutMs)} s (the connection stalled)`;
  }
  if (error instanceof BadAnswerError) return error.message;
  // The client parses every API answer as JSON: a 200 with an HTML page (a proxy, a captive portal) fails here.
  if (error instanceof SyntaxError) return `the Blob service answered with a body that is not JSON (${error.message})`;
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
