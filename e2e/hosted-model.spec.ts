/**
 * The hosted path end to end in a real browser: `redeploy` publishes a tiny model to the
 * local Vercel Blob stand-in, sets NEXT_PUBLIC_MODEL_URL through the stand-in `vercel`
 * CLI, and "deploys": the stand-in builds the site with that environment (`next build`)
 * and starts it. redeploy's live check then reads the real /api/model-version route, and
 * the browser classifies a review with the hosted model. The build runs in a copy of the
 * project under .scratch/, so the main build the other specs test is untouched; the copy
 * finds its dependencies in the project above.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { lstatSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import * as tf from "@tensorflow/tfjs";
import { modelInput } from "../lib/encode";
import type { ModelMetadata } from "../lib/metadata";
import { freePort } from "../scripts/lib/free-port";
import { RECIPES } from "../scripts/lib/imdb/recipes";
import { trainImdb } from "../scripts/lib/imdb/train-imdb";
import { type RedeployResult, redeploy } from "../scripts/lib/publish/redeploy";
import { vercelCli } from "../scripts/lib/publish/vercel-cli";
import { type BlobStandIn, startBlobStandIn } from "../tests/blob-stand-in";
import { type ImdbFixture, writeImdbFixture } from "../tests/imdb-fixture";
import { type Deployment, startVercelStandIn, type VercelStandIn } from "../tests/vercel-stand-in";

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");
/**
 * Not copied: found in the project above (node_modules), output, history, local secrets,
 * and the embedded default model, so a build that fell back to it could not pass.
 */
const NOT_COPIED = new Set([
  "node_modules",
  ".git",
  // The Python virtualenv links to an interpreter outside the project, which Turbopack refuses.
  ".venv",
  ".next",
  ".scratch",
  "test-results",
  "playwright-report",
  "package-lock.json",
  "tsconfig.tsbuildinfo",
]);
const copied = (path: string) =>
  !NOT_COPIED.has(basename(path)) && !basename(path).startsWith(".env") && path !== join("public", "models", "default");

let work: string;
let fixture: ImdbFixture;
let blob: BlobStandIn;
let vercel: VercelStandIn;
const servers: ChildProcess[] = [];
let deployed: RedeployResult;
let printed: string[];
let metadata: ModelMetadata;

/** What the stand-in's `vercel deploy` does here: build the site with the deployment's variables and start it. */
async function buildAndStart(deployment: Deployment): Promise<string> {
  const site = join(work, `site-${deployment.id}`);
  for (const name of (await readdir(".")).filter(copied))
    await cp(name, join(site, name), { recursive: true, filter: copied });
  // Turbopack compiles nothing outside the nearest lockfile's folder: a git worktree whose
  // node_modules links to another checkout builds with webpack instead.
  const bundler = lstatSync("node_modules").isSymbolicLink() ? ["--webpack"] : [];
  await runNext(["build", ...bundler], site, deployment.env);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: site,
    stdio: "ignore",
    detached: true,
  });
  servers.push(server);
  await waitUntilServing(url, server);
  return url;
}

test.beforeAll(async () => {
  test.setTimeout(900_000);
  await mkdir(".scratch", { recursive: true });
  work = await mkdtemp(resolve(".scratch", "hosted-site-"));
  fixture = await writeImdbFixture({ reviewsPerClass: 12 });
  const modelDir = join(work, "model");
  metadata = await trainImdb({
    recipe: {
      ...RECIPES.tutorial,
      epochs: 3,
      batchSize: 8,
      seed: 5,
      model: { numWords: 30, maxLen: 16, embeddingDim: 4, lstmUnits: 3 },
      learningRate: 0.05,
    },
    data: fixture.folder,
    out: modelDir,
    backend: "cpu",
    lstm: "fast",
    resume: false,
    checkpointDir: join(work, "checkpoints"),
    skipEvaluation: true,
    anySize: true,
  });
  blob = await startBlobStandIn({ dir: join(work, "store") });
  vercel = await startVercelStandIn({ serve: buildAndStart });
  process.env.VERCEL_BLOB_API_URL = blob.apiUrl;
  printed = [];
  const print = (line: string) => printed.push(line);
  const result = await redeploy({
    model: { dir: modelDir },
    environment: "production",
    from: "publish",
    dryRun: false,
    repair: false,
    token: blob.token,
    log: print,
    print,
    vercel: vercelCli({ bin: join(vercel.binDir, "vercel"), cwd: work, timeoutMs: 800_000, print, dryRun: false }),
    liveCheck: { attempts: 3, pollMs: 1000, timeoutMs: 30_000 },
    resumeFrom: ({ step }) => `resume from ${step}`,
  });
  if (!result?.deploymentUrl) throw new Error(`redeploy did not deploy:\n${printed.join("\n")}`);
  deployed = result;
});

test.afterAll(async () => {
  // Each server's whole process group: it is ours alone (detached above).
  for (const server of servers)
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  await vercel?.close();
  await blob?.close();
  await fixture?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

test("redeploy puts a hosted model live: the deployed site reports it and classifies a review with it", async ({
  page,
}) => {
  const { baseUrl, version } = deployed;
  const siteUrl = deployed.deploymentUrl ?? "";
  expect(vercel.calls.map((call) => call.args.join(" "))).toEqual([
    `env update NEXT_PUBLIC_MODEL_URL production --value ${baseUrl} --yes`,
    `env add NEXT_PUBLIC_MODEL_URL production --value ${baseUrl} --no-sensitive --yes`,
    "deploy --prod --yes",
    `inspect ${siteUrl} --json`,
  ]);
  expect(printed).toContain(`${siteUrl} serves version ${version} from ${baseUrl}`);
  expect(await (await fetch(`${siteUrl}/api/model-version`)).json()).toEqual({ modelUrl: baseUrl, version });

  const modelRequests: string[] = [];
  page.on("request", (request) => {
    if (/(model|metadata)\.json|weights\.bin/.test(request.url())) modelRequests.push(request.url());
  });
  const response = await page.goto(siteUrl);
  expect(response?.headers()["content-security-policy"]).toContain(
    `connect-src 'self' ${new URL(blob.publicUrl).origin}`,
  );
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });

  const review = "I loved the story, a wonderful film";
  await page.getByRole("textbox").fill(review);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
  await tf.setBackend("cpu");
  const model = await tf.loadLayersModel(`${baseUrl}model.json`);
  const expected = tf.tidy(
    () => (model.predict(tf.tensor2d([modelInput(review, metadata)], undefined, "int32")) as tf.Tensor).dataSync()[0],
  );
  model.dispose();
  const shown = Number(await page.locator("[data-probability]").getAttribute("data-probability"));
  expect(Math.abs(shown - expected)).toBeLessThan(1e-5);

  // Every model file came from the published version, none from the site's own folder.
  expect(modelRequests.length).toBeGreaterThan(0);
  for (const url of modelRequests) expect(url.startsWith(baseUrl), url).toBe(true);
  const footer = page.locator("[data-model-footer]");
  await expect(footer).toContainText(`version ${version} hosted on ${new URL(blob.publicUrl).host}`);
  await expect(footer.locator("time")).toHaveAttribute("datetime", metadata.createdAt);
});

/** Runs the Next.js CLI in `cwd` and fails with its output if it fails. */
function runNext(args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`next ${args.join(" ")} exited with ${code}:\n${output}`)),
    );
  });
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${url} did not answer within a minute`);
}
