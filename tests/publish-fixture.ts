/**
 * What the publish and redeploy tests share: tiny models trained on the IMDB fixture,
 * with recorded samples as training records them (probabilities from TensorFlow.js), and
 * short timeouts so a fault fails in milliseconds instead of minutes.
 */

import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { modelInput } from "../lib/encode";
import { MODEL_FILES } from "../lib/open-model-folder";
import { RECIPES } from "../scripts/lib/imdb/recipes";
import { trainImdb } from "../scripts/lib/imdb/train-imdb";
import { loadModelDir } from "../scripts/lib/open-saved-model";
import { readBundle } from "../scripts/lib/publish/bundle";
import type { NetworkPolicy } from "../scripts/lib/publish/network";
import { type ModelChoice, type RedeployOptions, redeploy } from "../scripts/lib/publish/redeploy";
import { vercelCli } from "../scripts/lib/publish/vercel-cli";
import { writeMetadata } from "../scripts/lib/save-model-folder";
import type { BlobStandIn } from "./blob-stand-in";
import { type ImdbFixture, writeImdbFixture } from "./imdb-fixture";
import type { VercelStandIn } from "./vercel-stand-in";

export const TINY = { numWords: 20, maxLen: 12, embeddingDim: 4, lstmUnits: 3 };

/** Milliseconds, not seconds (a stall costs 3 × 600 ms), yet enough for a loaded 2-core machine. */
export const FAST: Partial<NetworkPolicy> = {
  timeoutMs: 600,
  retries: 2,
  retryDelayMs: 5,
  freshnessMs: 3000,
  pollMs: 20,
};

export const SAMPLE_TEXTS = ["a wonderful film, I loved it", "the worst movie, boring and bad"];

/** Two tiny models that differ only in their seed, so their weights and versions differ. */
export interface TwoModels {
  /** A temporary folder for the test's own files; `remove()` deletes it. */
  root: string;
  fixture: ImdbFixture;
  modelA: string;
  modelB: string;
  versionA: string;
  versionB: string;
  remove(): Promise<void>;
}

/** The setup the publish and redeploy tests share: the IMDB fixture and models A and B trained on it. */
export async function trainTwoModels(name: string): Promise<TwoModels> {
  const root = await mkdtemp(join(tmpdir(), `${name}-`));
  const fixture = await writeImdbFixture({ reviewsPerClass: 6 });
  const modelA = join(root, "model-a");
  const modelB = join(root, "model-b");
  await trainTiny(fixture, root, modelA, 1);
  await trainTiny(fixture, root, modelB, 2);
  return {
    root,
    fixture,
    modelA,
    modelB,
    versionA: (await readBundle(modelA)).version,
    versionB: (await readBundle(modelB)).version,
    async remove() {
      await fixture.remove();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Trains a tiny model into `out` and records the samples' probabilities in its card.json. */
export async function trainTiny(fixture: ImdbFixture, root: string, out: string, seed: number): Promise<void> {
  await trainImdb({
    recipe: { ...RECIPES.tutorial, epochs: 1, batchSize: 8, seed, model: TINY, learningRate: 0.01 },
    data: fixture.folder,
    out,
    backend: "cpu",
    lstm: "fast",
    resume: false,
    checkpointDir: join(root, `checkpoints-${seed}`),
    skipEvaluation: false,
    anySize: true,
  });
  await recordSamples(out);
}

/** What training records: each sample's probability, computed by TensorFlow.js (not the browser's predictor). */
export async function recordSamples(dir: string): Promise<void> {
  const { model, metadata } = await loadModelDir(dir);
  const samples = SAMPLE_TEXTS.map((text) => ({
    text,
    probability: tf.tidy(
      () => (model.predict(tf.tensor2d([modelInput(text, metadata)], undefined, "int32")) as tf.Tensor).dataSync()[0],
    ),
  }));
  model.dispose();
  await writeMetadata(dir, { ...metadata, samples });
}

let variants = 0;

/** A copy of `dir` that differs only in metadata.createdAt (one second later per variant): another valid version, without training. */
export async function variant(dir: string, root: string, tag: string): Promise<string> {
  const copy = await mkdtemp(join(root, `variant-${tag}-`));
  await cp(dir, copy, { recursive: true });
  variants += 1;
  const createdAt = new Date(Date.UTC(2026, 0, 1) + variants * 1000).toISOString();
  // Both metadata files name the save they belong to.
  for (const name of [MODEL_FILES.reading, MODEL_FILES.card])
    await editJson(join(copy, name), (json) => ({ ...json, createdAt }));
  return copy;
}

export async function editJson(
  path: string,
  edit: (json: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  await writeFile(path, JSON.stringify(edit(JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>)));
}

/** Where a test's redeploy runs: the two stand-ins, the project folder and the store prefix. */
export interface RedeployStandIns {
  blob: BlobStandIn;
  vercel: VercelStandIn;
  /** The project folder `vercel` runs in. */
  cwd: string;
  prefix: string;
  /** The live check sends the stand-in's bypass secret (default); false: a user on a new project, who has none. */
  bypass?: boolean;
  /** How long one `vercel` call may take. */
  vercelTimeoutMs?: number;
}

/** redeploy() in this process against the stand-ins, with short waits; its result and every line it printed. */
export async function redeployWithStandIns(
  { blob, vercel, cwd, prefix, bypass = true, vercelTimeoutMs = 60_000 }: RedeployStandIns,
  model: ModelChoice,
  overrides: Partial<RedeployOptions> = {},
) {
  const lines: string[] = [];
  const print = (line: string) => lines.push(line);
  const result = await redeploy({
    model,
    environment: "production",
    from: "publish",
    dryRun: false,
    repair: false,
    token: blob.token,
    prefix,
    policy: FAST,
    log: print,
    print,
    vercel: vercelCli({ bin: join(vercel.binDir, "vercel"), cwd, timeoutMs: vercelTimeoutMs, print, dryRun: false }),
    liveCheck: { attempts: 2, pollMs: 10, timeoutMs: 5000, ...(bypass ? { bypassSecret: vercel.bypassSecret } : {}) },
    resumeFrom: ({ step, version, deploymentUrl, repair }) =>
      ["resume", step, version, deploymentUrl, repair && "--repair"].filter(Boolean).join(" "),
    ...overrides,
  });
  return { result, lines };
}

/**
 * The environment a command runs in against the stand-ins: their URLs (the stand-in `vercel`
 * first on PATH) and, unless switched off, a Blob token, a linked Vercel project and the
 * deployment protection's bypass secret; none of those is taken from this process.
 */
export function standInEnv(
  { blob, vercel }: { blob: BlobStandIn; vercel: VercelStandIn },
  options: { token?: boolean; linked?: boolean; bypass?: boolean } = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VERCEL_BLOB_API_URL: blob.apiUrl,
    PATH: `${vercel.binDir}:${process.env.PATH}`,
  };
  for (const name of ["BLOB_READ_WRITE_TOKEN", "VERCEL_ORG_ID", "VERCEL_PROJECT_ID", "VERCEL_AUTOMATION_BYPASS_SECRET"])
    delete env[name];
  if (options.token ?? true) env.BLOB_READ_WRITE_TOKEN = blob.token;
  if (options.linked ?? true) Object.assign(env, { VERCEL_ORG_ID: "team_standin", VERCEL_PROJECT_ID: "prj_standin" });
  if (options.bypass ?? true) env.VERCEL_AUTOMATION_BYPASS_SECRET = vercel.bypassSecret;
  return env;
}
