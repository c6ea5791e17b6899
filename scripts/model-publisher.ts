/**
 * Publishes a model folder (model.json + weights + metadata.json) to Vercel Blob so the
 * site can load it from there instead of `public/model/`.
 *
 *   models/<version>/model.json, weights.bin, metadata.json   immutable, cached for a year
 *   models/latest.json                                        the pointer: which version is current
 *
 * `<version>` is a hash of the files' contents, so a version's URLs never change
 * meaning: pages already open keep loading the weights they started with. The pointer
 * moves only after every file of the new version was uploaded, downloaded again and
 * matched its SHA-256; a failed or interrupted run leaves it where it was.
 */
import type * as tf from "@tensorflow/tfjs";
import { BlobNotFoundError, head, put } from "@vercel/blob";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { assertModelMetadata, type ModelMetadata } from "../lib/metadata";
import type { ModelConfig } from "../lib/model-config";
import { METADATA_FILE, MODEL_FILE } from "./lib/artifacts";

export const POINTER_FILE = "latest.json";
const VERSION_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
/** The shortest cache Vercel Blob allows, so a moved pointer is seen within a minute. */
const POINTER_MAX_AGE_SECONDS = 60;
const JSON_TYPE = "application/json";
const BINARY_TYPE = "application/octet-stream";

export const TOKEN_HELP = `BLOB_READ_WRITE_TOKEN is not set, so there is no Blob store to upload to. To get one:
  - Vercel dashboard -> your project -> Storage -> Create (or connect) a Blob store. The
    store's page shows BLOB_READ_WRITE_TOKEN; export it in this shell, or
  - with the Vercel CLI, once the store is connected: \`vercel link\`, then
    \`vercel env pull .env.local\` (this script reads the token from .env.local).
Check the artifacts without uploading: npm run publish-model -- --dry-run`;

/** The artifacts are not a model the site can load; the message says what is wrong. */
export class ArtifactError extends Error {
  override name = "ArtifactError";
}

export class MissingTokenError extends Error {
  override name = "MissingTokenError";
  constructor() {
    super(TOKEN_HELP);
  }
}

export interface ArtifactFile {
  name: string;
  content: Buffer;
  sha256: string;
  contentType: string;
}

export interface ModelArtifacts {
  /** The weight files in manifest order, metadata.json, then model.json: uploaded in this order. */
  files: ArtifactFile[];
  metadata: ModelMetadata;
  /** Names the contents: the first 16 hex digits of a SHA-256 over every file's SHA-256. */
  version: string;
}

/** `models/latest.json`: what is published now. The site is built against `baseUrl`. */
export interface ModelPointer {
  version: string;
  /** Ends in `/`; the value for NEXT_PUBLIC_MODEL_URL. */
  baseUrl: string;
  /** When this pointer was written. */
  createdAt: string;
  files: { name: string; bytes: number; sha256: string }[];
  model: {
    trainedAt: string;
    config: ModelConfig;
    trainExamples: number;
    epochs: number;
    testAccuracy: number | null;
  };
  /** The version this one replaced, for rolling back. */
  previous: { version: string; baseUrl: string } | null;
}

export interface PublishOptions {
  /** Blob folder holding the versions and the pointer (default "models"). */
  prefix?: string;
  /** Validate and plan only: no token needed, no network. */
  dryRun?: boolean;
  /** A Blob read-write token; required unless dryRun. */
  token?: string;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface PublishResult {
  version: string;
  dryRun: boolean;
  /** Where the files are (or, in a dry run, will be) inside the store. */
  versionPathname: string;
  pointerPathname: string;
  /** The published version's base URL; null in a dry run. */
  baseUrl: string | null;
  pointerUrl: string | null;
  files: { name: string; bytes: number; action: "uploaded" | "reused" | "planned" }[];
  /** Whether this run moved the pointer (false for a dry run or an unchanged version). */
  pointerMoved: boolean;
  previousVersion: string | null;
}

/**
 * Reads and checks a model folder the way the browser will use it: model.json parses
 * and has a topology, every weight file it names exists and together holds exactly the
 * bytes its manifest describes, and metadata.json has the schema this code reads.
 */
export async function readArtifacts(dir: string): Promise<ModelArtifacts> {
  const read = async (name: string, what: string): Promise<Buffer> => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new ArtifactError(`${path} is missing: ${what}. Train a model into ${dir} first (npm run train -- --out ${dir}).`);
    return readFile(path);
  };
  const modelJsonBytes = await read(MODEL_FILE, "the network's topology and weights manifest");
  let modelJson: Partial<tf.io.ModelJSON>;
  try {
    modelJson = JSON.parse(modelJsonBytes.toString("utf8")) as Partial<tf.io.ModelJSON>;
  } catch (error) {
    throw new ArtifactError(`${join(dir, MODEL_FILE)} is not valid JSON (${(error as Error).message})`);
  }
  if (typeof modelJson.modelTopology !== "object" || modelJson.modelTopology === null || !Array.isArray(modelJson.weightsManifest)) {
    throw new ArtifactError(`${join(dir, MODEL_FILE)} is not a TensorFlow.js layers model: it needs "modelTopology" and "weightsManifest"`);
  }

  const weightNames = modelJson.weightsManifest.flatMap((group) => group.paths);
  const weightContents: Buffer[] = [];
  for (const name of weightNames) {
    // Flat names only: the site fetches weights next to model.json, nowhere else.
    if (!/^[\w.-]+$/.test(name) || name.startsWith(".")) throw new ArtifactError(`${MODEL_FILE} names the weight file "${name}"; only plain file names next to model.json are supported`);
    weightContents.push(await read(name, `${MODEL_FILE} lists it in its weights manifest`));
  }
  const expectedBytes = modelJson.weightsManifest.flatMap((group) => group.weights).reduce((sum, spec) => sum + weightBytes(spec), 0);
  const actualBytes = weightContents.reduce((sum, content) => sum + content.length, 0);
  if (actualBytes !== expectedBytes) {
    throw new ArtifactError(
      `the weight files (${weightNames.join(", ")}) hold ${actualBytes} bytes, but the manifest in ${MODEL_FILE} describes ${expectedBytes}: they come from different saves or were cut short. Train or copy the folder again.`,
    );
  }

  const metadataBytes = await read(METADATA_FILE, "the vocabulary and settings the site reads reviews with");
  let metadata: unknown;
  try {
    metadata = JSON.parse(metadataBytes.toString("utf8"));
    assertModelMetadata(metadata);
  } catch (error) {
    throw new ArtifactError(`${join(dir, METADATA_FILE)}: ${(error as Error).message}`);
  }

  // model.json goes last, so a model.json in the store always has its weights beside it.
  const files = [
    ...weightNames.map((name, i) => artifactFile(name, weightContents[i], BINARY_TYPE)),
    artifactFile(METADATA_FILE, metadataBytes, JSON_TYPE),
    artifactFile(MODEL_FILE, modelJsonBytes, JSON_TYPE),
  ];
  const listing = files.map((file) => `${file.sha256}  ${file.name}\n`).sort().join("");
  return { files, metadata, version: sha256(Buffer.from(listing)).slice(0, 16) };
}

/**
 * Uploads `dir` under `<prefix>/<version>/`, verifies every file by downloading it
 * again, then moves `<prefix>/latest.json` to it. Publishing a version that is already
 * complete and current uploads nothing and leaves the pointer alone.
 */
export async function publishModel(dir: string, options: PublishOptions = {}): Promise<PublishResult> {
  const log = options.log ?? (() => {});
  const prefix = normalizePrefix(options.prefix ?? "models");
  const artifacts = await readArtifacts(dir);
  const versionPathname = `${prefix}/${artifacts.version}/`;
  const pointerPathname = `${prefix}/${POINTER_FILE}`;
  const plan = { version: artifacts.version, versionPathname, pointerPathname };
  if (options.dryRun) {
    const files = artifacts.files.map((file) => ({ name: file.name, bytes: file.content.length, action: "planned" as const }));
    return { ...plan, dryRun: true, baseUrl: null, pointerUrl: null, files, pointerMoved: false, previousVersion: null };
  }
  const token = options.token;
  if (!token) throw new MissingTokenError();

  const current = await readPointer(pointerPathname, token);
  const existing = await Promise.all(artifacts.files.map((file) => headOrNull(`${versionPathname}${file.name}`, token)));
  const files: PublishResult["files"] = [];
  const urls: string[] = [];
  for (const [i, file] of artifacts.files.entries()) {
    const found = existing[i];
    if (found && found.size !== file.content.length) {
      throw new Error(`${found.pathname} already exists with ${found.size} bytes instead of ${file.content.length}. Versions are immutable; delete the damaged one (del() or the dashboard) and publish again.`);
    }
    if (found) {
      urls.push(found.url);
      files.push({ name: file.name, bytes: file.content.length, action: "reused" });
      continue;
    }
    log(`uploading ${file.name} (${file.content.length.toLocaleString("en-US")} bytes)`);
    const uploaded = await put(`${versionPathname}${file.name}`, file.content, {
      access: "public",
      addRandomSuffix: false,
      allowOverwrite: false,
      cacheControlMaxAge: VERSION_MAX_AGE_SECONDS,
      contentType: file.contentType,
      token,
    });
    urls.push(uploaded.url);
    files.push({ name: file.name, bytes: file.content.length, action: "uploaded" });
  }

  // The browser fetches the weights relative to model.json, so all files must share one base.
  const modelUrl = urls[urls.length - 1];
  const baseUrl = modelUrl.slice(0, modelUrl.length - MODEL_FILE.length);
  const result = { ...plan, dryRun: false, baseUrl, files, previousVersion: current?.pointer.version ?? null };
  if (current?.pointer.version === artifacts.version && files.every((file) => file.action === "reused")) {
    return { ...result, pointerUrl: current.url, pointerMoved: false };
  }

  for (const [i, file] of artifacts.files.entries()) {
    if (urls[i] !== `${baseUrl}${file.name}`) throw new Error(`the store put ${file.name} at ${urls[i]}, not next to ${MODEL_FILE} (${baseUrl}); the pointer was not moved`);
    await verifyDownload(urls[i], file);
    log(`verified ${file.name}`);
  }

  const pointer: ModelPointer = {
    version: artifacts.version,
    baseUrl,
    createdAt: new Date().toISOString(),
    files: artifacts.files.map((file) => ({ name: file.name, bytes: file.content.length, sha256: file.sha256 })),
    model: summarize(artifacts.metadata),
    // Repairing the current version (a file had gone missing) keeps its predecessor.
    previous: !current ? null : current.pointer.version === artifacts.version ? current.pointer.previous : { version: current.pointer.version, baseUrl: current.pointer.baseUrl },
  };
  // ifMatch: if someone else moved the pointer since we read it, fail instead of overwriting theirs.
  const written = await put(pointerPathname, `${JSON.stringify(pointer, null, 1)}\n`, {
    access: "public",
    addRandomSuffix: false,
    cacheControlMaxAge: POINTER_MAX_AGE_SECONDS,
    contentType: JSON_TYPE,
    token,
    ...(current ? { ifMatch: current.etag } : { allowOverwrite: false }),
  });
  log(`moved ${pointerPathname} to ${artifacts.version}`);
  return { ...result, pointerUrl: written.url, pointerMoved: true };
}

/** What to tell the user after a publish: the URLs, what to set, how to redeploy. */
export function describePublication(result: PublishResult): string {
  const lines = result.files.map((file) => `  ${file.name.padEnd(16)} ${file.bytes.toLocaleString("en-US").padStart(12)} bytes  ${file.action}`);
  if (result.dryRun || result.baseUrl === null) {
    return [`Dry run: the artifacts are valid. A publish would upload version ${result.version} to ${result.versionPathname}`, ...lines, `and then point ${result.pointerPathname} at it. Nothing was uploaded.`].join("\n");
  }
  const headline = result.pointerMoved
    ? `Published version ${result.version}; every file was downloaded again and matched its SHA-256.`
    : `Version ${result.version} is already published and current: nothing was uploaded, the pointer was not touched.`;
  const pointerLine = result.pointerMoved
    ? `Pointer ${result.pointerUrl} now names ${result.version}${result.previousVersion ? ` (was ${result.previousVersion})` : ""}.`
    : `Pointer ${result.pointerUrl} names ${result.version}.`;
  return `${headline}
${lines.join("\n")}
  model.json URL   ${result.baseUrl}${MODEL_FILE}
${pointerLine}

The site picks its model at build time. Set this for Production and redeploy:

  NEXT_PUBLIC_MODEL_URL=${result.baseUrl}

  printf '%s' '${result.baseUrl}' | vercel env update NEXT_PUBLIC_MODEL_URL production
      (the first time: ... | vercel env add NEXT_PUBLIC_MODEL_URL production --no-sensitive)
  vercel deploy --prod

Visitors switch when the deployment goes live; pages already open keep the version they loaded.`;
}

/** The token from the environment, else from a `.env.local` written by `vercel env pull`. */
export async function findBlobToken(env: Record<string, string | undefined>, dir: string): Promise<{ token: string; source: string } | null> {
  const fromEnv = env.BLOB_READ_WRITE_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: "the environment" };
  const envFile = join(dir, ".env.local");
  if (!existsSync(envFile)) return null;
  const match = /^\s*(?:export\s+)?BLOB_READ_WRITE_TOKEN\s*=\s*["']?([^"'\s#]+)/m.exec(await readFile(envFile, "utf8"));
  return match ? { token: match[1], source: envFile } : null;
}

const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, float16: 2, uint16: 2, uint8: 1 };

/** Bytes one manifest entry occupies in the weight files (quantized entries store the smaller type). */
function weightBytes(spec: tf.io.WeightsManifestEntry): number {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const size = DTYPE_BYTES[dtype];
  if (size === undefined) throw new ArtifactError(`weight "${spec.name}" has dtype ${dtype}, whose size this script cannot check`);
  return spec.shape.reduce((product, dimension) => product * dimension, 1) * size;
}

function artifactFile(name: string, content: Buffer, contentType: string): ArtifactFile {
  return { name, content, sha256: sha256(content), contentType };
}

function sha256(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  if (trimmed === "" || trimmed.includes("//")) throw new Error(`--prefix must be a folder name like "models", got "${prefix}"`);
  return trimmed;
}

async function headOrNull(pathname: string, token: string) {
  try {
    return await head(pathname, { token });
  } catch (error) {
    if (error instanceof BlobNotFoundError) return null;
    throw error;
  }
}

async function readPointer(pathname: string, token: string): Promise<{ pointer: ModelPointer; etag: string; url: string } | null> {
  const found = await headOrNull(pathname, token);
  if (!found) return null;
  // The query string sidesteps a cached copy; at worst a stale read rewrites the same pointer.
  const response = await fetch(`${found.url}?read=${Date.now()}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`could not read the current pointer ${found.url}: HTTP ${response.status}`);
  return { pointer: (await response.json()) as ModelPointer, etag: found.etag, url: found.url };
}

async function verifyDownload(url: string, file: ArtifactFile): Promise<void> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`downloading ${url} to verify it failed with HTTP ${response.status}; the pointer was not moved`);
  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.startsWith(file.contentType)) throw new Error(`${url} is served as "${contentType}", expected ${file.contentType}; the pointer was not moved`);
  const downloaded = sha256(new Uint8Array(await response.arrayBuffer()));
  if (downloaded !== file.sha256) throw new Error(`${url} downloads with SHA-256 ${downloaded}, but ${file.name} has ${file.sha256}; the pointer was not moved`);
}

function summarize(metadata: ModelMetadata): ModelPointer["model"] {
  return {
    trainedAt: metadata.createdAt,
    config: metadata.model,
    trainExamples: metadata.training.trainExamples,
    epochs: metadata.training.epochs,
    testAccuracy: metadata.evaluation?.accuracy ?? null,
  };
}
