/**
 * The hosted path in a real browser: publish a tiny model to the local Vercel Blob
 * stand-in, build the site with NEXT_PUBLIC_MODEL_URL pointing at it, and classify a
 * review. The build runs in a copy of the project under .scratch/, so the main build the
 * other specs test is untouched; the copy finds its dependencies in the project above.
 */
import { expect, test } from "@playwright/test";
import * as tf from "@tensorflow/tfjs";
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { basename, join, resolve } from "node:path";
import { encode } from "../lib/encode";
import type { ModelMetadata } from "../lib/metadata";
import { publishModel, type PublishResult } from "../scripts/model-publisher";
import { RECIPES } from "../scripts/lib/recipes";
import { trainImdb } from "../scripts/lib/train-imdb";
import { startBlobStandIn, type BlobStandIn } from "../tests/blob-stand-in";
import { writeImdbFixture, type ImdbFixture } from "../tests/imdb-fixture";

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");
/**
 * Not copied: found in the project above (node_modules), output, history, local secrets,
 * and the embedded model, so a build that fell back to /model/ could not pass.
 */
const NOT_COPIED = new Set(["node_modules", ".git", ".next", ".scratch", "test-results", "playwright-report", "package-lock.json", "tsconfig.tsbuildinfo"]);
const copied = (path: string) => !NOT_COPIED.has(basename(path)) && !basename(path).startsWith(".env") && path !== join("public", "model");

let work: string;
let fixture: ImdbFixture;
let standIn: BlobStandIn;
let server: ChildProcess | undefined;
let siteUrl: string;
let published: PublishResult;
/** The published version's folder, as the site is built with it. */
let baseUrl: string;
let metadata: ModelMetadata;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  await mkdir(".scratch", { recursive: true });
  work = await mkdtemp(resolve(".scratch", "hosted-site-"));
  fixture = await writeImdbFixture({ reviewsPerClass: 12 });
  const modelDir = join(work, "model");
  metadata = await trainImdb({
    recipe: { ...RECIPES.tutorial, epochs: 3, batchSize: 8, seed: 5, model: { numWords: 30, maxLen: 16, embeddingDim: 4, lstmUnits: 3 }, learningRate: 0.05 },
    data: fixture.folder,
    out: modelDir,
    backend: "cpu",
    lstm: "fast",
    resume: false,
    checkpointDir: join(work, "checkpoints"),
    skipEvaluation: true,
    anySize: true,
  });
  standIn = await startBlobStandIn({ dir: join(work, "store") });
  process.env.VERCEL_BLOB_API_URL = standIn.apiUrl;
  published = await publishModel(modelDir, { token: standIn.token });
  if (published.baseUrl === null) throw new Error("publishModel returned no URL");
  baseUrl = published.baseUrl;

  const site = join(work, "site");
  for (const name of (await readdir(".")).filter(copied)) await cp(name, join(site, name), { recursive: true, filter: copied });
  await runNext(["build"], site, { NEXT_PUBLIC_MODEL_URL: baseUrl });
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: site, stdio: "ignore", detached: true });
  await waitUntilServing(siteUrl, server);
});

test.afterAll(async () => {
  // The server's whole process group: it is ours alone (detached above).
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  await standIn?.close();
  await fixture?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

test("a site built with NEXT_PUBLIC_MODEL_URL classifies a review with the hosted model", async ({ page }) => {
  const modelRequests: string[] = [];
  page.on("request", (request) => {
    if (/(model|metadata)\.json|weights\.bin/.test(request.url())) modelRequests.push(request.url());
  });
  const response = await page.goto(siteUrl);
  expect(response?.headers()["content-security-policy"]).toContain(`connect-src 'self' ${new URL(standIn.publicUrl).origin}`);
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });

  const review = "I loved the story, a wonderful film";
  await page.getByRole("textbox").fill(review);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
  await tf.setBackend("cpu");
  const model = await tf.loadLayersModel(`${baseUrl}model.json`);
  const expected = tf.tidy(() => (model.predict(tf.tensor2d([encode(review, metadata)], undefined, "int32")) as tf.Tensor).dataSync()[0]);
  model.dispose();
  const shown = Number(await page.locator("[data-probability]").getAttribute("data-probability"));
  expect(Math.abs(shown - expected)).toBeLessThan(1e-5);

  // Every model file came from the published version, none from the site's own /model/.
  expect(modelRequests.length).toBeGreaterThan(0);
  for (const url of modelRequests) expect(url.startsWith(baseUrl), url).toBe(true);
  const footer = page.locator("[data-model-footer]");
  await expect(footer).toContainText(`version ${published.version} hosted on ${new URL(standIn.publicUrl).host}`);
  await expect(footer.locator("time")).toHaveAttribute("datetime", metadata.createdAt);
});

/** Runs the Next.js CLI in `cwd` and fails with its output if it fails. */
function runNext(args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise() : reject(new Error(`next ${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePromise(port));
    });
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
