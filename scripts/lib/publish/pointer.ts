/**
 * `<prefix>/latest.json`, the pointer: which version is published now, the ones before
 * it (for rolling back), and a summary of the model. Reads wait out the CDN's stale
 * copy; writes are conditional on the ETag that was read, and a write whose answer was
 * lost counts as done when the store holds exactly what this run wrote.
 */
import type { ModelConfig } from "../../../lib/model-config";
import type { ModelBundle } from "./bundle";
import { JSON_TYPE } from "./bundle";
import { StoreStateError } from "./errors";
import type { NetworkPolicy } from "./network";
import { type BlobStore, blobStore, ConflictError } from "./store";

export const POINTER_FILE = "latest.json";
/** The shortest cache Vercel Blob allows, so a moved pointer is seen within a minute. */
const POINTER_MAX_AGE_SECONDS = 60;
/** Versions remembered for rollback, newest first. */
const HISTORY_LENGTH = 20;

export interface PointerEntry {
  version: string;
  /** Ends in `/`; the value for NEXT_PUBLIC_MODEL_URL. */
  baseUrl: string;
  /** When the pointer first named this version. */
  createdAt: string;
}

export interface ModelPointer extends PointerEntry {
  files: { name: string; bytes: number; sha256: string }[];
  model: {
    trainedAt: string;
    config: ModelConfig;
    trainExamples: number;
    epochs: number;
    testAccuracy: number | null;
  };
  /** The version this one replaced. */
  previous: { version: string; baseUrl: string } | null;
  /** Versions named before this one, newest first (at most 20); `npm run redeploy -- --previous` uses it. */
  history: PointerEntry[];
}

export interface CurrentPointer {
  pointer: ModelPointer;
  etag: string;
  url: string;
}

export function pointerPathname(prefix: string): string {
  return `${prefix}/${POINTER_FILE}`;
}

/** The pointer as the store holds it now, or null when nothing was published under `prefix`. */
export async function readPointer(store: BlobStore, pathname: string): Promise<CurrentPointer | null> {
  const fresh = await store.readFresh(pathname);
  if (fresh === null) return null;
  let pointer: Partial<ModelPointer>;
  try {
    pointer = JSON.parse(fresh.content.toString("utf8")) as Partial<ModelPointer>;
  } catch {
    throw new StoreStateError(
      `${pathname} is not JSON; it was not written by this tool. Move it away or publish under another --prefix.`,
    );
  }
  if (typeof pointer.version !== "string" || typeof pointer.baseUrl !== "string") {
    throw new StoreStateError(
      `${pathname} has no version and baseUrl; it was not written by this tool. Move it away or publish under another --prefix.`,
    );
  }
  // Pointers written before history existed have only `previous`.
  const history = pointer.history ?? (pointer.previous ? [{ ...pointer.previous, createdAt: "" }] : []);
  return { pointer: { ...(pointer as ModelPointer), history }, etag: fresh.head.etag, url: fresh.head.url };
}

/** The pointer naming `bundle` at `baseUrl`, with `current` moved into the history. */
export function nextPointer(
  bundle: ModelBundle,
  baseUrl: string,
  current: ModelPointer | null,
  now = new Date(),
): ModelPointer {
  const { metadata } = bundle;
  const base = {
    version: bundle.version,
    baseUrl,
    createdAt: now.toISOString(),
    files: bundle.files.map((file) => ({ name: file.name, bytes: file.content.length, sha256: file.sha256 })),
    model: {
      trainedAt: metadata.createdAt,
      config: metadata.model,
      trainExamples: metadata.training.trainExamples,
      epochs: metadata.training.epochs,
      testAccuracy: metadata.evaluation?.accuracy ?? null,
    },
  };
  if (current === null) return { ...base, previous: null, history: [] };
  // Rewriting the current version (a repair) keeps its predecessor and history.
  if (current.version === bundle.version)
    return { ...base, createdAt: current.createdAt, previous: current.previous, history: current.history };
  const history = [
    { version: current.version, baseUrl: current.baseUrl, createdAt: current.createdAt },
    ...current.history,
  ]
    .filter((entry) => entry.version !== bundle.version)
    .slice(0, HISTORY_LENGTH);
  return { ...base, previous: { version: current.version, baseUrl: current.baseUrl }, history };
}

/**
 * Writes `pointer` if the store still holds `current` (by ETag). If the store says the
 * pointer changed or exists, which is also what a retry sees after a write whose answer
 * was lost, it reads the pointer back: this run's exact bytes mean success.
 */
export async function writePointer(
  store: BlobStore,
  pathname: string,
  pointer: ModelPointer,
  current: CurrentPointer | null,
): Promise<{ url: string }> {
  const body = Buffer.from(`${JSON.stringify(pointer, null, 1)}\n`);
  try {
    return await store.put(pathname, body, {
      contentType: JSON_TYPE,
      cacheControlMaxAge: POINTER_MAX_AGE_SECONDS,
      ifMatch: current?.etag,
      label: pathname,
    });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const now = await store.readFresh(pathname);
    if (now !== null && now.content.equals(body)) return { url: now.head.url };
    const named = now === null ? "nothing" : (JSON.parse(now.content.toString("utf8")) as { version?: string }).version;
    throw new StoreStateError(
      `someone else moved ${pathname} while this run was publishing (it now names ${named ?? "an unknown version"}); run the command again to publish on top of theirs`,
    );
  }
}

/**
 * Where the pointer stands, read from the store again when the line is printed (a short,
 * bounded read), so it never contradicts the store: `before` is what this run read
 * (undefined if it could not), `wrote` what it tried to write.
 */
export async function pointerStateNow(
  token: string,
  policy: NetworkPolicy,
  pathname: string,
  before: CurrentPointer | null | undefined,
  wrote?: ModelPointer,
): Promise<string> {
  // Its own short deadline, and no Ctrl-C signal: after an interrupt this read still says where things stand.
  const bounded: NetworkPolicy = {
    ...policy,
    retries: Math.min(policy.retries, 1),
    freshnessMs: Math.min(policy.freshnessMs, 15_000),
    requestDeadlineMs: Math.min(policy.requestDeadlineMs, 15_000),
    deadlineAt: undefined,
    signal: undefined,
  };
  let now: CurrentPointer | null;
  try {
    now = await readPointer(
      blobStore(token, bounded, () => {}),
      pathname,
    );
  } catch (error) {
    return `The pointer ${pathname} is unknown: could not read it (${(error as Error).message}).`;
  }
  if (now === null)
    return before === undefined
      ? `The pointer ${pathname} names nothing: nothing was published under it yet.`
      : `The pointer is unchanged: nothing was published under ${pathname} yet.`;
  const { version, createdAt } = now.pointer;
  if (wrote && version === wrote.version && createdAt === wrote.createdAt)
    return `The pointer ${pathname} did move to ${version}.`;
  if (before === undefined) return `The pointer ${pathname} names ${version}.`;
  if (before !== null && now.etag === before.etag)
    return `The pointer is unchanged: ${pathname} still names ${version}.`;
  return `The pointer ${pathname} now names ${version} (it named ${before?.pointer.version ?? "nothing"} when this run read it): someone else published meanwhile.`;
}
