/**
 * Publishes a model folder to Vercel Blob so the site can load it from there:
 *
 *   <prefix>/<version>/model.json, weights.bin, metadata.json   immutable, cached for a year
 *   <prefix>/latest.json                                        the pointer (./pointer.ts)
 *
 * `<version>` is a hash of the files' contents, so a version's URLs never change
 * meaning. The pointer moves only after every file of the version is in the store and a
 * fresh download matched its SHA-256; a failed run leaves it where it was and says so.
 */
import { BlobError } from "@vercel/blob";
import { MODEL_FILES } from "../../../lib/model-folder";
import { bundleFrom, type ModelBundle, readBundle } from "./bundle";
import {
  DamagedCopyError,
  failureMessage,
  InterruptedError,
  MissingTokenError,
  PublishFailure,
  RequestFailedError,
  StoreStateError,
} from "./errors";
import { type NetworkPolicy, networkPolicyWith, startRun } from "./network";
import {
  type CurrentPointer,
  type ModelPointer,
  nextPointer,
  pointerPathname,
  pointerStateNow,
  readPointer,
  writePointer,
} from "./pointer";
import { type BlobStore, blobStore } from "./store";
import { storeFolder } from "./store-folder";
import { ensureFile, type FileAction } from "./upload";
import { validateBundle } from "./validate";

export interface StoreOptions {
  /** Blob folder holding the versions and the pointer (default "models"). */
  prefix?: string;
  /** A Blob read-write token; required unless dryRun. */
  token?: string;
  /** Timeouts and retries; tests shorten them. */
  policy?: Partial<NetworkPolicy>;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
  /**
   * The command that picks up where a failed run stopped, printed with the failure;
   * `repair` when it must carry --repair (a damaged copy was found).
   */
  resumeCommand?: (flags: { repair: boolean }) => string;
}

export interface PublishOptions extends StoreOptions {
  /** Validate and plan only: no token needed, no network. */
  dryRun?: boolean;
  /** Delete and upload again a stored file of this version whose SHA-256 is wrong. */
  repair?: boolean;
  /** Accept a folder whose model.json records no weights SHA-256 or vocabulary fingerprint. */
  allowUnhashed?: boolean;
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
  files: { name: string; bytes: number; action: FileAction | "planned" }[];
  /** Whether this run moved the pointer (false for a dry run or a version already current). */
  pointerMoved: boolean;
  previousVersion: string | null;
}

/** Checks `dir`, uploads what is missing, verifies everything, then moves the pointer. */
export async function publishModel(dir: string, options: PublishOptions = {}): Promise<PublishResult> {
  const prefix = normalizePrefix(options.prefix ?? "models");
  const bundle = await readBundle(dir, { allowUnhashed: options.allowUnhashed });
  validateBundle(bundle, dir);
  if (options.dryRun) {
    const files = bundle.files.map((file) => ({
      name: file.name,
      bytes: file.content.length,
      action: "planned" as const,
    }));
    const plan = {
      version: bundle.version,
      versionPathname: `${prefix}/${bundle.version}/`,
      pointerPathname: pointerPathname(prefix),
    };
    return {
      ...plan,
      dryRun: true,
      baseUrl: null,
      pointerUrl: null,
      files,
      pointerMoved: false,
      previousVersion: null,
    };
  }
  return publishBundle(bundle, prefix, options);
}

/**
 * Points `<prefix>/latest.json` at a version already in the store (a rollback). The
 * version's files are downloaded and must still hash to its name.
 */
export async function pointToVersion(version: string, options: StoreOptions): Promise<PublishResult> {
  const prefix = normalizePrefix(options.prefix ?? "models");
  if (!/^[0-9a-f]{16}$/.test(version))
    throw new PublishFailure(`--version must be a version name: 16 hex digits like 3f2a9c0d1e2b4a5c, got "${version}"`);
  const { store, log, policy } = connect(options);
  const fetched = await step(
    `reading version ${version}`,
    options,
    async () => {
      log(`downloading version ${version} to check it is complete`);
      const missing = (pathname: string) =>
        new StoreStateError(
          `${pathname} is not in the store: that version was never published under --prefix ${prefix}, or was deleted`,
        );
      // Checked when it was published; versions published before the fingerprints existed stay valid.
      return bundleFrom(storeFolder(store, `${prefix}/${version}`, missing), { allowUnhashed: true });
    },
    async () => "The pointer was not touched.",
  );
  if (fetched.version !== version) {
    throw new PublishFailure(
      `the files under ${prefix}/${version}/ hash to version ${fetched.version}, not ${version}: the stored copy is damaged. Publish that model folder again with --repair.`,
    );
  }
  return publishBundle(fetched, prefix, { ...options, policy, repair: false });
}

async function publishBundle(bundle: ModelBundle, prefix: string, options: PublishOptions): Promise<PublishResult> {
  const { store, log, policy } = connect(options);
  const versionPathname = `${prefix}/${bundle.version}/`;
  const pathname = pointerPathname(prefix);
  const stateNow = (before: CurrentPointer | null | undefined, wrote?: ModelPointer) => () =>
    pointerStateNow(options.token ?? "", policy, pathname, before, wrote);
  const current = await step(
    `reading the pointer ${pathname}`,
    options,
    () => readPointer(store, pathname),
    stateNow(undefined),
  );
  const files: PublishResult["files"] = [];
  const urls: string[] = [];
  for (const file of bundle.files) {
    const done = await step(
      `publishing ${file.name}`,
      options,
      () =>
        ensureFile(store, `${versionPathname}${file.name}`, file, {
          repair: options.repair ?? false,
          downloads: policy.retries + 1,
          log,
          repairHint: "--repair",
        }),
      stateNow(current),
    );
    urls.push(done.url);
    files.push({ name: file.name, bytes: file.content.length, action: done.action });
  }

  // The browser fetches the weights relative to model.json, so all files must share one base.
  const modelUrl = urls[urls.length - 1];
  const baseUrl = modelUrl.slice(0, modelUrl.length - MODEL_FILES.model.length);
  const misplaced = bundle.files.findIndex((file, i) => urls[i] !== `${baseUrl}${file.name}`);
  if (misplaced >= 0)
    throw new PublishFailure(
      `the store put ${bundle.files[misplaced].name} at ${urls[misplaced]}, not next to ${MODEL_FILES.model} (${baseUrl}); the pointer was not moved`,
    );

  const result = {
    version: bundle.version,
    dryRun: false,
    versionPathname,
    pointerPathname: pathname,
    baseUrl,
    files,
    previousVersion: current?.pointer.version ?? null,
  };
  if (current?.pointer.version === bundle.version) return { ...result, pointerUrl: current.url, pointerMoved: false };
  const pointer = nextPointer(bundle, baseUrl, current?.pointer ?? null);
  const written = await step(
    `moving the pointer ${pathname} to ${bundle.version}`,
    options,
    () => writePointer(store, pathname, pointer, current),
    stateNow(current, pointer),
  );
  log(`moved ${pathname} to ${bundle.version}`);
  return { ...result, pointerUrl: written.url, pointerMoved: true };
}

function connect(options: StoreOptions): { store: BlobStore; log: (line: string) => void; policy: NetworkPolicy } {
  if (!options.token) throw new MissingTokenError();
  const log = options.log ?? (() => {});
  const policy = startRun(networkPolicyWith(options.policy));
  return { store: blobStore(options.token, policy, log), log, policy };
}

/**
 * Runs one step; a failure the user can hit becomes one PublishFailure naming the step,
 * saying where the pointer stands (`state`) and how to resume.
 */
async function step<T>(
  name: string,
  options: PublishOptions,
  run: () => Promise<T>,
  state: () => Promise<string>,
): Promise<T> {
  try {
    if (options.policy?.signal?.aborted) throw new InterruptedError(name);
    return await run();
  } catch (error) {
    if (
      !(
        error instanceof RequestFailedError ||
        error instanceof StoreStateError ||
        error instanceof BlobError ||
        error instanceof InterruptedError
      )
    )
      throw error;
    const where = await state();
    const kept = name.startsWith("publishing") ? " Files that already arrived are kept." : "";
    throw new PublishFailure(
      failureMessage({
        step: name,
        cause: error.message,
        state: `${where}${kept}`,
        resume:
          options.resumeCommand?.({ repair: Boolean(options.repair) || error instanceof DamagedCopyError }) ?? null,
      }),
      error instanceof InterruptedError,
    );
  }
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  if (trimmed === "" || trimmed.includes("//"))
    throw new PublishFailure(`--prefix must be a folder name like "models", got "${prefix}"`);
  return trimmed;
}
