/**
 * The errors a publish or redeploy can end with. Each message says what went wrong, in
 * which file or step, where the pointer stands, and the exact command that resumes.
 */

export const TOKEN_HELP = `BLOB_READ_WRITE_TOKEN is not set, so there is no Blob store to upload to. To get one:
  - Vercel dashboard -> your project -> Storage -> Create (or connect) a Blob store with
    PUBLIC access (access is fixed when the store is created). The store's page shows
    BLOB_READ_WRITE_TOKEN; export it in this shell, or
  - with the Vercel CLI, once the store is connected: \`vercel link\`, then
    \`vercel env pull .env.local\` (these scripts read the token from .env.local).
Check the artifacts without uploading: npm run publish-model -- --dry-run`;

/** The model folder is not a model the site can load; the message says what is wrong. */
export class ArtifactError extends Error {
  override name = "ArtifactError";
}

export class MissingTokenError extends Error {
  override name = "MissingTokenError";
  constructor() {
    super(TOKEN_HELP);
  }
}

/** A request that failed on every attempt (timeouts, outages, cut connections). */
export class RequestFailedError extends Error {
  override name = "RequestFailedError";
  constructor(
    /** What was being done, e.g. "uploading weights.bin". */
    readonly what: string,
    /** Why the last attempt failed, in words. */
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(`${what} failed ${attempts === 1 ? "" : `${attempts} times, last `}with: ${reason}`);
  }
}

/**
 * An answer whose body is not the shape the request expects (an HTML page from a proxy,
 * JSON without its fields, a HEAD without an ETag): retried like a 5xx.
 */
export class BadAnswerError extends Error {
  override name = "BadAnswerError";
}

/** Ctrl-C (SIGINT) or SIGTERM stopped the run; the command exits 130 after saying where things stand. */
export class InterruptedError extends Error {
  override name = "InterruptedError";
  constructor(readonly what: string) {
    super(`interrupted (Ctrl-C or SIGTERM) while ${what}`);
  }
}

/** The store holds something other than what this run expects (a damaged copy, someone else's pointer). */
export class StoreStateError extends Error {
  override name = "StoreStateError";
}

/** A stored file of the version is damaged: only `--repair` (delete, upload again) goes on. */
export class DamagedCopyError extends StoreStateError {
  override name = "DamagedCopyError";
}

/** A publish or redeploy that stopped: where, why, what state it left, how to resume. */
export class PublishFailure extends Error {
  override name = "PublishFailure";
  constructor(
    message: string,
    /** Stopped by Ctrl-C or SIGTERM: the command exits 130. */
    readonly interrupted = false,
  ) {
    super(message);
  }
}

/** Puts the pieces of a failure into the one message the user reads. */
export function failureMessage(parts: { step: string; cause: string; state: string; resume: string | null }): string {
  const resume = parts.resume ? `\nResume with:\n  ${parts.resume}` : "";
  return `${parts.step} failed: ${parts.cause}\n${parts.state}${resume}`;
}
