/**
 * The Blob store as publishing uses it: head, put, delete and download, each with the
 * bounded waiting of ./network.ts, and `readFresh`, which reads a blob through the public
 * CDN and makes sure the bytes are the store's current ones, not a cached older copy.
 */
import {
  BlobError,
  BlobNotFoundError,
  BlobPreconditionFailedError,
  del,
  type HeadBlobResult,
  head,
  put,
} from "@vercel/blob";
import { checkAnswer, HEAD_ANSWER, PUT_ANSWER } from "./answers";
import { BadAnswerError, StoreStateError } from "./errors";
import { HttpStatusError, type NetworkPolicy, sleep, withRetries } from "./network";

export interface PutOptions {
  contentType: string;
  cacheControlMaxAge: number;
  /** Write only if the blob still has this ETag; without it, only if the blob does not exist. */
  ifMatch?: string;
  /** Shown while uploading: "weights.bin 40% of 2.6 MB". */
  label: string;
}

export interface FreshBlob {
  head: HeadBlobResult;
  content: Buffer;
}

export interface BlobStore {
  head(pathname: string): Promise<HeadBlobResult | null>;
  /** Resolves with the new ETag. Throws ConflictError when the blob exists or the ETag moved. */
  put(pathname: string, content: Buffer, options: PutOptions): Promise<{ url: string; etag: string }>;
  del(url: string): Promise<void>;
  /**
   * Downloads `url`; `etag` is the one the CDN served it with. An HTML page in place of a
   * blob of another `contentType` (a proxy's, a captive portal's) is a BadAnswerError.
   */
  download(url: string, what: string, contentType?: string): Promise<{ content: Buffer; etag: string | null }>;
  /** The blob's current bytes (null if there is none), waiting out a stale CDN copy. */
  readFresh(pathname: string): Promise<FreshBlob | null>;
}

/** The store refused a write because the blob exists (no overwrite) or changed (ETag mismatch). */
export class ConflictError extends Error {
  override name = "ConflictError";
}

const sameEtag = (a: string | null, b: string) => a !== null && a.replace(/^W\//, "") === b.replace(/^W\//, "");

export function blobStore(token: string, policy: NetworkPolicy, log: (line: string) => void): BlobStore {
  const store: BlobStore = {
    async head(pathname) {
      try {
        return await withRetries(`checking ${pathname}`, policy, log, async (abortSignal) => {
          const answer = await head(pathname, { token, abortSignal });
          checkAnswer(HEAD_ANSWER, answer, `the Blob service, asked about ${pathname},`);
          return answer;
        });
      } catch (error) {
        if (error instanceof BlobNotFoundError) return null;
        throw error;
      }
    },

    async put(pathname, content, options) {
      const progress = uploadProgress(options.label, content.length, log);
      try {
        const written = await withRetries(`uploading ${options.label}`, policy, log, async (abortSignal, touch) => {
          const answer = await put(pathname, content, {
            access: "public",
            addRandomSuffix: false,
            cacheControlMaxAge: options.cacheControlMaxAge,
            contentType: options.contentType,
            token,
            abortSignal,
            onUploadProgress: ({ loaded }) => {
              touch();
              progress(loaded);
            },
            ...(options.ifMatch ? { ifMatch: options.ifMatch, allowOverwrite: true } : { allowOverwrite: false }),
          });
          return checkAnswer(PUT_ANSWER, answer, `the Blob service, storing ${pathname},`);
        });
        // The client throttles its progress events, so a quick upload may send none: say it finished.
        progress(content.length);
        return { url: written.url, etag: written.etag };
      } catch (error) {
        if (error instanceof BlobPreconditionFailedError)
          throw new ConflictError(`${pathname} changed since it was read (ETag mismatch)`);
        if (!options.ifMatch && (await refusedAsExisting(error, () => store.head(pathname))))
          throw new ConflictError(`${pathname} already exists`);
        throw error;
      }
    },

    async del(url) {
      await withRetries(`deleting ${url}`, policy, log, (abortSignal) => del(url, { token, abortSignal }));
    },

    async download(url, what, contentType) {
      return withRetries(`downloading ${what}`, policy, log, async (signal, touch) => {
        const response = await fetch(url, { cache: "no-store", signal });
        if (!response.ok || response.body === null) {
          await response.body?.cancel();
          throw new HttpStatusError(response.status, response.headers.get("content-type") ?? "");
        }
        const served = response.headers.get("content-type") ?? "";
        if (contentType && /text\/html/i.test(served) && !/text\/html/i.test(contentType)) {
          await response.body.cancel();
          throw new BadAnswerError(
            `the CDN answered ${what} with an HTML page, not the stored ${contentType} (a proxy or a login page in between?)`,
          );
        }
        const chunks: Uint8Array[] = [];
        for await (const chunk of response.body) {
          touch();
          chunks.push(chunk);
        }
        return { content: Buffer.concat(chunks), etag: response.headers.get("etag") };
      });
    },

    async readFresh(pathname) {
      const started = Date.now();
      for (;;) {
        const found = await store.head(pathname);
        if (found === null) return null;
        let downloaded: { content: Buffer; etag: string | null };
        try {
          downloaded = await store.download(found.url, pathname, found.contentType);
        } catch (error) {
          // Deleted or replaced between the head and the download: look again.
          if (!(error instanceof HttpStatusError && error.status === 404)) throw error;
          downloaded = { content: Buffer.alloc(0), etag: null };
        }
        if (sameEtag(downloaded.etag, found.etag)) return { head: found, content: downloaded.content };
        if (Date.now() - started >= policy.freshnessMs) {
          throw new StoreStateError(
            `the CDN still serves an older copy of ${pathname} (ETag ${downloaded.etag ?? "none"}, the store has ${found.etag}) after ${Math.round(policy.freshnessMs / 1000)} s; wait a minute and run the command again`,
          );
        }
        await sleep(policy.pollMs, policy.signal);
      }
    },
  };
  return store;
}

/**
 * Whether a write without overwrite was refused because the blob exists. @vercel/blob
 * 2.8 has no error class or code for that: the service answers `bad_request`, which the
 * client turns into a plain BlobError (its subclasses name other causes). So the store
 * is asked whether the blob exists now; only when it cannot say does the service's
 * English wording ("This blob already exists, ...") decide.
 */
export async function refusedAsExisting(error: unknown, head: () => Promise<HeadBlobResult | null>): Promise<boolean> {
  if (!(error instanceof BlobError)) return false;
  const wording = /already exists/i.test(error.message);
  if (error.constructor !== BlobError && !wording) return false;
  try {
    return (await head()) !== null;
  } catch {
    return wording;
  }
}

/** Logs upload progress in quarter steps and once at 100%, for files big enough to take a while. */
function uploadProgress(label: string, total: number, log: (line: string) => void): (loaded: number) => void {
  const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  let shown = 0;
  return (loaded) => {
    if (total < 1e6) return;
    const quarter = Math.floor((loaded / total) * 4);
    if (quarter <= shown) return;
    shown = quarter;
    log(`  ${label}: ${Math.min(quarter, 4) * 25}% of ${megabytes(total)}`);
  };
}
