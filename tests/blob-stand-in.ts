/**
 * A local stand-in for the Vercel Blob HTTP API, so the real `@vercel/blob` client can
 * be tested without the internet. Point the client at it with
 * `VERCEL_BLOB_API_URL=<apiUrl>` and pass `token`; it implements what `put`, `head`,
 * `list` and `del` send (read from the client's source, `@vercel/blob` 2.x):
 *
 *   PUT  {api}/?pathname=P     put: x-vercel-blob-access, x-content-type, x-add-random-suffix,
 *                              x-allow-overwrite, x-if-match, x-cache-control-max-age
 *   GET  {api}?url=U           head
 *   GET  {api}?prefix=&limit=&cursor=   list (expanded mode only)
 *   POST {api}/delete          del, body {"urls": [...]}
 *
 * Errors come back as `{"error": {"code", "message"}}`, which the client turns into its
 * BlobError classes. Blobs are files on disk, served back at `{publicUrl}<pathname>`
 * with their content type, cache-control, ETag and CORS headers, so a browser page on
 * another origin can fetch them.
 *
 * Downloads go through an imitation of the public CDN: the query string is ignored, and a
 * blob that was overwritten or deleted is still served as it was (old bytes, old ETag) for
 * `setCdnStaleness(ms)` afterwards, as the real CDN does for up to 60 s. The API (`head`)
 * always answers with the current blob. `inject` makes requests fail on demand: cut
 * connections, stored-but-answer-lost, 500/503, HTML error pages, 200 answers of the wrong
 * shape (an HTML page, `{}`, a head without its ETag), 429 with a Retry-After, corrupted
 * downloads, stalls and downloads that trickle one byte at a time; `corruptStored` damages
 * a stored copy without changing its size or ETag.
 *
 * Run alone for manual testing: `npx tsx tests/blob-stand-in.ts [--port N] [--dir DIR]`.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { parseArgs } from "node:util";

const API_PATH = "/api/blob";
const FILES_PATH = "/blobs/";
/** The real service's default when a put sets no x-cache-control-max-age: one month. */
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

interface StoredBlob {
  pathname: string;
  contentType: string;
  cacheControlMaxAge: number;
  size: number;
  etag: string;
  uploadedAt: string;
}

/** How an injected failure looks to the client. */
export type Fault =
  /** The connection is cut halfway through the body (a put's upload or a download); nothing is stored. */
  | "cut"
  /** The request takes effect (stored, deleted), then the connection is cut before the answer. */
  | "lost-answer"
  /** JSON `internal_server_error`, as the API answers when it breaks. */
  | "500"
  /** JSON `service_unavailable`, as the API answers during an outage. */
  | "503"
  /** 502 with an HTML page, as a proxy in front of the API answers. */
  | "html"
  /** The request is read and never answered. */
  | "stall"
  /** Downloads only: the bytes arrive with one of them changed (the stored copy is fine). */
  | "corrupt"
  /** 200 with an HTML page, as a proxy or a captive portal answers in place of the API. */
  | "html-200"
  /** 200 with JSON that has none of the answer's fields (`{}`). */
  | "no-fields"
  /** Heads only: the usual answer without its `etag`. */
  | "no-etag"
  /** 429 `rate_limited` with `Retry-After: <rule.retryAfter>` seconds. */
  | "429"
  /** Downloads only: the headers, then one byte every `rule.trickleMs` (default 50), never ending. */
  | "trickle";

export interface FaultRule {
  /** API puts, heads and deletes, or downloads of stored blobs through the CDN. */
  on: "put" | "head" | "delete" | "download";
  fault: Fault;
  /** Only requests whose pathname contains this text. */
  match?: string;
  /** Let this many matching requests through first (default 0). */
  after?: number;
  /** Fail this many matching requests, then stop (default: until `clearFaults`). */
  times?: number;
  /** For "429": the seconds the answer's Retry-After asks for (default 1). */
  retryAfter?: number;
  /** For "trickle": the pause between two bytes (default 50 ms). */
  trickleMs?: number;
}

export interface BlobStandIn {
  /** Set as VERCEL_BLOB_API_URL. */
  apiUrl: string;
  /** Where blobs are served: `${publicUrl}${pathname}`. */
  publicUrl: string;
  /** A read-write token in the real format; the API refuses any other. */
  token: string;
  /** Every API request, in order (not downloads of the blobs themselves). */
  requests: { method: string; pathname: string | null }[];
  /** Adds a failure rule; rules apply in the order added. */
  inject(rule: FaultRule): void;
  clearFaults(): void;
  /** How long the CDN keeps serving a blob's old copy after it is overwritten or deleted (default 0). */
  setCdnStaleness(ms: number): void;
  /**
   * The words of the `bad_request` refusing to overwrite an existing blob (default: the
   * service's English sentence), to show a check does not depend on them.
   */
  setAlreadyExistsMessage(message: string | null): void;
  /** Changes one byte of a stored blob in place: same size, same ETag, wrong content. */
  corruptStored(pathname: string): Promise<void>;
  /** The bytes the store holds for `pathname` (not what the CDN serves), for tests to inspect. */
  stored(pathname: string): Promise<Buffer | null>;
  close(): Promise<void>;
}

export async function startBlobStandIn(options: { dir?: string; port?: number } = {}): Promise<BlobStandIn> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "blob-stand-in-")));
  const ownsDir = options.dir === undefined;
  await mkdir(join(dir, "data"), { recursive: true });
  await mkdir(join(dir, "meta"), { recursive: true });
  const storeId = "standin0123456789";
  const token = `vercel_blob_rw_${storeId}_${randomBytes(12).toString("hex")}`;
  const requests: BlobStandIn["requests"] = [];
  let rules: (FaultRule & { seen: number; failed: number })[] = [];
  let cdnStalenessMs = 0;
  const ALREADY_EXISTS =
    "This blob already exists, use `allowOverwrite: true` if you want to overwrite it. Or `addRandomSuffix: true` to generate a unique filename.";
  let alreadyExists = ALREADY_EXISTS;
  /** The CDN's copies: served until `until`, which an overwrite or delete brings forward. */
  const cdn = new Map<string, { blob: StoredBlob; content: Buffer; until: number }>();
  const invalidate = (pathname: string) => {
    const cached = cdn.get(pathname);
    if (cached) cached.until = Math.min(cached.until, Date.now() + cdnStalenessMs);
  };
  /** The fault to apply to this request, if a rule matches and is due. */
  let lastRule: FaultRule | null = null;
  const faultFor = (on: FaultRule["on"], pathname: string): Fault | null => {
    for (const rule of rules) {
      if (rule.on !== on || (rule.match !== undefined && !pathname.includes(rule.match))) continue;
      rule.seen += 1;
      if (rule.seen <= (rule.after ?? 0) || rule.failed >= (rule.times ?? Number.POSITIVE_INFINITY)) continue;
      rule.failed += 1;
      lastRule = rule;
      return rule.fault;
    }
    return null;
  };

  // A pathname becomes one file name, so nested pathnames need no folders.
  const dataPath = (pathname: string) => join(dir, "data", encodeURIComponent(pathname));
  const metaPath = (pathname: string) => join(dir, "meta", `${encodeURIComponent(pathname)}.json`);
  const readMeta = async (pathname: string): Promise<StoredBlob | null> =>
    existsSync(metaPath(pathname)) ? (JSON.parse(await readFile(metaPath(pathname), "utf8")) as StoredBlob) : null;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) sendError(response, 500, "internal_server_error", error.message);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publicUrl = `${origin}${FILES_PATH}`;
  const describe = (blob: StoredBlob) => ({
    url: `${publicUrl}${blob.pathname}`,
    downloadUrl: `${publicUrl}${blob.pathname}?download=1`,
    pathname: blob.pathname,
    size: blob.size,
    uploadedAt: blob.uploadedAt,
    etag: blob.etag,
  });
  /** Accepts a blob URL from this stand-in or a bare pathname. */
  const toPathname = (urlOrPathname: string) =>
    urlOrPathname.startsWith(publicUrl)
      ? decodeURIComponent(new URL(urlOrPathname).pathname.slice(FILES_PATH.length))
      : urlOrPathname;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", origin);
    if (url.pathname.startsWith(FILES_PATH))
      return serveBlob(decodeURIComponent(url.pathname.slice(FILES_PATH.length)), url, request, response);
    if (url.pathname !== API_PATH && !url.pathname.startsWith(`${API_PATH}/`))
      return sendError(response, 404, "not_found", "no such route");

    const route = url.pathname.slice(API_PATH.length);
    requests.push({
      method: request.method ?? "",
      pathname: url.searchParams.get("pathname") ?? url.searchParams.get("url"),
    });
    if (request.headers.authorization !== `Bearer ${token}`)
      return sendError(response, 403, "forbidden", "Invalid token");

    if (request.method === "PUT" && route === "/")
      return putBlob(url.searchParams.get("pathname") ?? "", request, response);
    if (request.method === "GET" && route === "" && url.searchParams.has("url")) {
      const pathname = toPathname(url.searchParams.get("url") ?? "");
      const fault = faultFor("head", pathname);
      if (fault !== null && fault !== "lost-answer" && answerWithFault(fault, request, response)) return;
      const blob = await readMeta(pathname);
      if (fault === "lost-answer") return void request.socket.destroy();
      if (!blob) return sendError(response, 404, "not_found", "The requested blob does not exist");
      const answer = {
        ...describe(blob),
        contentType: blob.contentType,
        contentDisposition: disposition(blob.pathname),
        cacheControl: cacheControl(blob),
      };
      if (fault === "no-etag") return sendJson(response, 200, { ...answer, etag: undefined });
      return sendJson(response, 200, answer);
    }
    if (request.method === "GET" && route === "") return listBlobs(url.searchParams, response);
    if (request.method === "POST" && route === "/delete") {
      const body = await readBody(request);
      const { urls } = JSON.parse(body.toString("utf8")) as { urls: string[] };
      const fault = faultFor("delete", urls.map(toPathname).join(" "));
      if (fault !== null && fault !== "lost-answer" && answerWithFault(fault, request, response)) return;
      for (const pathname of urls.map(toPathname)) {
        await rm(metaPath(pathname), { force: true });
        await rm(dataPath(pathname), { force: true });
        invalidate(pathname);
      }
      if (fault === "lost-answer") return void request.socket.destroy();
      return sendJson(response, 200, {});
    }
    return sendError(response, 400, "bad_request", `the stand-in does not implement ${request.method} ${url.pathname}`);
  }

  /**
   * Answers `request` as `fault` says, for the faults that need no stored state.
   * Returns false when the caller must go on (`lost-answer` and `corrupt` act later).
   */
  function answerWithFault(fault: Fault, request: IncomingMessage, response: ServerResponse): boolean {
    if (fault === "stall") return true;
    if (fault === "html-200") {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end("<!DOCTYPE html><html><body><h1>Please sign in to the network</h1></body></html>");
      return true;
    }
    if (fault === "no-fields") {
      sendJson(response, 200, {});
      return true;
    }
    if (fault === "429") {
      response
        .writeHead(429, { "content-type": "application/json", "retry-after": String(lastRule?.retryAfter ?? 1) })
        .end(JSON.stringify({ error: { code: "rate_limited", message: "Too many requests" } }));
      return true;
    }
    if (fault === "cut") {
      request.socket.destroy();
      return true;
    }
    if (fault === "500") sendError(response, 500, "internal_server_error", "injected failure");
    else if (fault === "503") sendError(response, 503, "service_unavailable", "injected failure");
    else if (fault === "html")
      response
        .writeHead(502, { "content-type": "text/html" })
        .end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    else return false;
    return true;
  }

  async function putBlob(requested: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const fault = faultFor("put", requested);
    if (fault === "cut") {
      // Half the body arrives, then the line goes dead.
      await readBody(
        request,
        Number(request.headers["x-content-length"] ?? request.headers["content-length"] ?? 2) / 2,
      );
      request.socket.destroy();
      return;
    }
    if (fault !== null && fault !== "lost-answer") {
      await readBody(request);
      if (answerWithFault(fault, request, response)) return;
    }
    const body = await readBody(request);
    const header = (name: string) => request.headers[name] as string | undefined;
    if (header("x-vercel-blob-access") !== "public")
      return sendError(response, 400, "bad_request", "the stand-in serves public blobs only");
    const pathname = header("x-add-random-suffix") === "1" ? withRandomSuffix(requested) : requested;
    const existing = await readMeta(pathname);
    const ifMatch = header("x-if-match");
    if (ifMatch !== undefined && existing?.etag !== ifMatch)
      return sendError(response, 412, "precondition_failed", "ETag mismatch");
    if (existing && header("x-allow-overwrite") !== "1") {
      return sendError(response, 400, "bad_request", alreadyExists);
    }
    const blob: StoredBlob = {
      pathname,
      contentType: header("x-content-type") ?? guessContentType(pathname),
      cacheControlMaxAge: Number(header("x-cache-control-max-age") ?? DEFAULT_MAX_AGE_SECONDS),
      size: body.length,
      // Salted, so rewriting identical bytes still shows up as a new ETag in tests.
      etag: `"${createHash("sha256").update(body).update(randomBytes(4)).digest("hex").slice(0, 32)}"`,
      uploadedAt: new Date().toISOString(),
    };
    // Content first, then the record that makes it visible: a crash never shows half a blob.
    await writeFile(dataPath(pathname), body);
    await writeFile(metaPath(pathname), JSON.stringify(blob));
    invalidate(pathname);
    if (fault === "lost-answer") return void request.socket.destroy();
    sendJson(response, 200, {
      url: describe(blob).url,
      downloadUrl: describe(blob).downloadUrl,
      pathname,
      contentType: blob.contentType,
      contentDisposition: disposition(pathname),
      etag: blob.etag,
    });
  }

  async function listBlobs(params: URLSearchParams, response: ServerResponse): Promise<void> {
    if ((params.get("mode") ?? "expanded") !== "expanded")
      return sendError(response, 400, "bad_request", "the stand-in lists in expanded mode only");
    const prefix = params.get("prefix") ?? "";
    const limit = Number(params.get("limit") ?? 1000);
    const start = Number(params.get("cursor") ?? 0);
    const pathnames = (await readdir(join(dir, "meta")))
      .map((name) => decodeURIComponent(name.slice(0, -".json".length)))
      .filter((pathname) => pathname.startsWith(prefix))
      .sort();
    const page = await Promise.all(pathnames.slice(start, start + limit).map(readMeta));
    const hasMore = start + limit < pathnames.length;
    sendJson(response, 200, {
      blobs: page.filter((blob) => blob !== null).map(describe),
      hasMore,
      cursor: hasMore ? String(start + limit) : undefined,
    });
  }

  async function serveBlob(
    pathname: string,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const cors = {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "*",
    };
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors).end();
      return;
    }
    // The CDN: a fresh copy is fetched from the store only once the cached one has expired.
    let cached = cdn.get(pathname);
    if (!cached || cached.until <= Date.now()) {
      const stored = await readMeta(pathname);
      cached = stored
        ? { blob: stored, content: await readFile(dataPath(pathname)), until: Number.POSITIVE_INFINITY }
        : undefined;
      if (cached) cdn.set(pathname, cached);
      else cdn.delete(pathname);
    }
    const blob = cached?.blob;
    if (!cached || !blob || (request.method !== "GET" && request.method !== "HEAD")) {
      response
        .writeHead(blob ? 405 : 404, { ...cors, "content-type": "text/plain" })
        .end(blob ? "method not allowed" : "not found");
      return;
    }
    const fault = faultFor("download", pathname);
    const trickleMs = lastRule?.trickleMs ?? 50;
    if (
      fault !== null &&
      fault !== "cut" &&
      fault !== "corrupt" &&
      fault !== "trickle" &&
      answerWithFault(fault, request, response)
    )
      return;
    let content = cached.content;
    if (fault === "corrupt") {
      content = Buffer.from(content);
      content[content.length >> 1] ^= 0xff;
    }
    response.writeHead(200, {
      ...cors,
      "content-type": blob.contentType,
      "content-length": String(content.length),
      "cache-control": cacheControl(blob),
      etag: blob.etag,
      "last-modified": new Date(blob.uploadedAt).toUTCString(),
      "content-disposition":
        url.searchParams.get("download") === "1" ? disposition(pathname, "attachment") : disposition(pathname),
    });
    if (fault === "cut") {
      response.write(content.subarray(0, content.length >> 1));
      setImmediate(() => response.destroy());
      return;
    }
    if (fault === "trickle") {
      // One byte at a time, each well inside any idle timeout; it never gets to the end.
      let sent = 0;
      const timer = setInterval(() => {
        if (response.destroyed || sent >= content.length - 1) return;
        response.write(content.subarray(sent, sent + 1));
        sent += 1;
      }, trickleMs);
      response.on("close", () => clearInterval(timer));
      return;
    }
    response.end(request.method === "HEAD" ? undefined : content);
  }

  return {
    apiUrl: `${origin}${API_PATH}`,
    publicUrl,
    token,
    requests,
    inject(rule) {
      rules.push({ ...rule, seen: 0, failed: 0 });
    },
    clearFaults() {
      rules = [];
    },
    setCdnStaleness(ms) {
      cdnStalenessMs = ms;
    },
    setAlreadyExistsMessage(message) {
      alreadyExists = message ?? ALREADY_EXISTS;
    },
    async corruptStored(pathname) {
      const content = await readFile(dataPath(pathname));
      content[content.length >> 1] ^= 0xff;
      await writeFile(dataPath(pathname), content);
      // The CDN fetches its next copy from the damaged store.
      cdn.delete(pathname);
    },
    async stored(pathname) {
      return (await readMeta(pathname)) ? readFile(dataPath(pathname)) : null;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      if (ownsDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The request body, or its first `limit` bytes' worth of chunks. */
function readBody(request: IncomingMessage, limit = Number.POSITIVE_INFINITY): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    request.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      bytes += chunk.length;
      if (bytes >= limit) resolve(Buffer.concat(chunks));
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { error: { code, message } });
}

function cacheControl(blob: StoredBlob): string {
  return `public, max-age=${blob.cacheControlMaxAge}`;
}

function disposition(pathname: string, kind: "inline" | "attachment" = "inline"): string {
  return `${kind}; filename="${pathname.split("/").pop()}"`;
}

function guessContentType(pathname: string): string {
  return { ".json": "application/json", ".txt": "text/plain" }[extname(pathname)] ?? "application/octet-stream";
}

function withRandomSuffix(pathname: string): string {
  const extension = extname(pathname);
  return `${pathname.slice(0, pathname.length - extension.length)}-${randomBytes(8).toString("base64url")}${extension}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: "string", default: "0" }, dir: { type: "string" } } });
  const standIn = await startBlobStandIn({ port: Number(values.port), dir: values.dir });
  console.log(`Blob stand-in running. For the publish script:
  VERCEL_BLOB_API_URL=${standIn.apiUrl}
  BLOB_READ_WRITE_TOKEN=${standIn.token}
Blobs are served under ${standIn.publicUrl}  (Ctrl-C stops it${values.dir ? "" : " and deletes them"})`);
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void standIn.close().then(() => process.exit(0)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
}
