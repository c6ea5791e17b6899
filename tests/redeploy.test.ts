/**
 * The commands end to end as a user runs them: publish-model, retrain and redeploy as
 * child processes, against the Blob stand-in and a stand-in `vercel` on PATH that records
 * every call and refuses anything interactive.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { readBundle } from "../scripts/lib/publish/bundle";
import type { ModelPointer } from "../scripts/lib/publish/pointer";
import { publishModel } from "../scripts/lib/publish/publish";
import type { ModelChoice, RedeployOptions } from "../scripts/lib/publish/redeploy";
import { vercelCli } from "../scripts/lib/publish/vercel-cli";
import { type BlobStandIn, startBlobStandIn } from "./blob-stand-in";
import type { ImdbFixture } from "./imdb-fixture";
import { FAST, redeployWithStandIns, standInEnv, type TwoModels, trainTwoModels } from "./publish-fixture";
import { startVercelStandIn, type VercelStandIn } from "./vercel-stand-in";

let models: TwoModels;
let root: string;
let fixture: ImdbFixture;
let blob: BlobStandIn;
let vercel: VercelStandIn;
let modelA: string;
let modelB: string;
let versionA: string;
let versionB: string;

before(async () => {
  models = await trainTwoModels("redeploy-test");
  ({ root, fixture, modelA, modelB, versionA, versionB } = models);
  blob = await startBlobStandIn({ dir: join(root, "store") });
  vercel = await startVercelStandIn();
});

after(async () => {
  await vercel.close();
  await blob.close();
  await models.remove();
});

const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));
/** Short waits: an outage (503 at once) fails in moments. */
const FAST_FLAGS = ["--timeout", "2", "--retries", "1"];

/**
 * Runs a command the way npm does, from an empty folder (no .env.local), with the
 * stand-in `vercel` first on PATH, the project named as CI names it (VERCEL_ORG_ID,
 * VERCEL_PROJECT_ID) and the protection bypass secret set, unless told otherwise.
 */
async function run(
  name: string,
  args: string[],
  options: { token?: boolean; cwd?: string; linked?: boolean; bypass?: boolean } = {},
) {
  const cwd = options.cwd ?? (await mkdtemp(join(root, "cwd-")));
  const env = standInEnv({ blob, vercel }, options);
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), script(name), ...args], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  /** When the last output arrived: a command that is done should exit right after it. */
  let lastOutputAt = Date.now();
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    lastOutputAt = Date.now();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    lastOutputAt = Date.now();
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr, cwd, lingeredMs: Date.now() - lastOutputAt };
}

async function storedPointer(prefix: string): Promise<ModelPointer> {
  const stored = await blob.stored(`${prefix}/latest.json`);
  assert.ok(stored);
  return JSON.parse(stored.toString("utf8")) as ModelPointer;
}

const callsSince = (mark: number) => vercel.calls.slice(mark).map((call) => call.args.join(" "));

describe("publish-model", () => {
  test("prints the URL to build with and the one redeploy command to put it live", async () => {
    const { code, stdout, stderr } = await run("publish-model.ts", ["--dir", modelA, "--prefix", "cli"]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`NEXT_PUBLIC_MODEL_URL=${blob.publicUrl}cli/${versionA}/\n`));
    assert.match(stdout, new RegExp(`npm run redeploy -- --version ${versionA} --prefix cli --env production`));
    assert.doesNotMatch(
      stdout,
      /vercel env update NEXT_PUBLIC_MODEL_URL production\n/,
      "the old command without --yes",
    );
    assert.equal((await storedPointer("cli")).version, versionA);
  });

  test("exits within 2 s of printing its summary (a late progress event does not keep it alive for --timeout)", async () => {
    const { code, stdout, stderr, lingeredMs } = await run("publish-model.ts", ["--dir", modelB, "--prefix", "exits"]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Visitors switch when the deployment goes live/);
    assert.ok(lingeredMs < 2000, `exited ${lingeredMs} ms after its summary`);
  });

  test("without a token exits 1 with how to get one", async () => {
    const { code, stdout, stderr } = await run("publish-model.ts", ["--dir", modelA], { token: false });
    assert.equal(code, 1, stdout);
    assert.match(stderr, /BLOB_READ_WRITE_TOKEN is not set[\s\S]*PUBLIC access[\s\S]*vercel env pull/);
  });

  test("refuses an unknown flag with its help, generated from the flag table", async () => {
    const { code, stderr } = await run("publish-model.ts", ["--dri-run"], { token: false });
    assert.equal(code, 2);
    assert.match(
      stderr,
      /Unknown option '--dri-run'[\s\S]*Usage: npm run publish-model[\s\S]*--repair[\s\S]*--timeout SECONDS/,
    );
  });

  test("an outage ends in one message: the file, the pointer unchanged, the exact resume command", async () => {
    blob.inject({ on: "put", fault: "503" });
    try {
      const { code, stderr } = await run("publish-model.ts", [
        "--dir",
        modelA,
        "--prefix",
        "cli-outage",
        ...FAST_FLAGS,
      ]);
      assert.equal(code, 1);
      assert.match(
        stderr,
        /^error: publishing weights\.bin failed: uploading weights\.bin failed 2 times, last with: the Blob service answered 503/,
      );
      assert.match(
        stderr,
        /The pointer is unchanged: nothing was published under cli-outage\/latest\.json yet\. Files that already arrived are kept\./,
      );
      assert.match(
        stderr,
        new RegExp(
          `Resume with:\\n  npm run publish-model -- --dir ${modelA} --prefix cli-outage --timeout 2 --retries 1\\n`,
        ),
      );
    } finally {
      blob.clearFaults();
    }
  });
});

describe("a damaged copy in the store", () => {
  test("the advice says --repair and so does the printed resume command, for publish-model and redeploy; the resume repairs", async () => {
    const prefix = "repair-cli";
    assert.equal((await run("publish-model.ts", ["--dir", modelA, "--prefix", prefix])).code, 0);
    await blob.corruptStored(`${prefix}/${versionA}/weights.bin`);

    const published = await run("publish-model.ts", ["--dir", modelA, "--prefix", prefix]);
    assert.equal(published.code, 1, published.stdout);
    assert.match(published.stderr, /is in the store but damaged[\s\S]*run the command again with --repair/);
    const publishResume = /Resume with:\n {2}npm run publish-model -- (.*)\n/.exec(published.stderr)?.[1];
    assert.equal(publishResume, `--dir ${modelA} --prefix ${prefix} --repair`);

    const deployed = await run("redeploy.ts", ["--dir", modelA, "--prefix", prefix]);
    assert.equal(deployed.code, 1, deployed.stdout);
    const redeployResume = /Resume with:\n {2}npm run redeploy -- (.*)\n/.exec(deployed.stderr)?.[1];
    assert.equal(redeployResume, `--dir ${modelA} --env production --prefix ${prefix} --repair`);

    const repaired = await run("publish-model.ts", (publishResume ?? "").split(" "));
    assert.equal(repaired.code, 0, repaired.stderr);
    assert.match(repaired.stdout, /weights\.bin +[\d,]+ bytes {2}repaired/);
  });
});

describe("retrain", () => {
  // The smaller recipe on 4 fixture reviews, one epoch: trained once.
  const trainFlags = [
    "--recipe",
    "tutorial",
    "--data",
    "",
    "--any-size",
    "--limit",
    "4",
    "--epochs",
    "1",
    "--backend",
    "cpu",
  ];

  test("--deploy without a token trains into the git-ignored .scratch/retrained and prints the command that puts it live; an outage there prints its resume; the resume finishes", async () => {
    const cwd = await mkdtemp(join(root, "cwd-retrain-"));
    const args = [
      ...trainFlags.map((flag) => flag || fixture.folder),
      "--checkpoint-dir",
      join(root, "ck-retrain"),
      "--prefix",
      "retrain",
      "--deploy",
      "--env",
      "preview",
      ...FAST_FLAGS,
    ];
    const trained = await run("retrain.ts", args, { token: false, cwd });
    assert.equal(trained.code, 0, trained.stderr);
    assert.match(trained.stdout, /Test evaluation \(4 reviews\)/);
    const { version } = await readBundle(join(cwd, ".scratch", "retrained"));
    assert.match(trained.stdout, /not published[\s\S]*BLOB_READ_WRITE_TOKEN is not set/);
    const later = /no need to train again\):\n {2}npm run redeploy -- (.*)\n/.exec(trained.stdout)?.[1];
    assert.equal(later, "--dir .scratch/retrained --prefix retrain --timeout 2 --retries 1 --env preview");

    // With a token, during an outage: one message, pointer unchanged, and the command to resume.
    blob.inject({ on: "put", fault: "503" });
    let failed: Awaited<ReturnType<typeof run>>;
    try {
      failed = await run("redeploy.ts", (later ?? "").split(" "), { cwd });
    } finally {
      blob.clearFaults();
    }
    assert.equal(failed.code, 1, failed.stdout);
    assert.match(
      failed.stderr,
      /publishing weights\.bin failed: uploading weights\.bin failed 2 times, last with: the Blob service answered 503/,
    );
    assert.match(failed.stderr, /The pointer is unchanged: nothing was published under retrain\/latest\.json yet/);
    const resume = /Resume with:\n {2}npm run redeploy -- (.*)\n/.exec(failed.stderr)?.[1];
    assert.equal(resume, "--dir .scratch/retrained --env preview --prefix retrain --timeout 2 --retries 1");

    const mark = vercel.calls.length;
    const resumed = await run("redeploy.ts", (resume ?? "").split(" "), { cwd });
    assert.equal(resumed.code, 0, resumed.stderr);
    const baseUrl = `${blob.publicUrl}retrain/${version}/`;
    assert.equal((await storedPointer("retrain")).version, version);
    assert.equal(vercel.variables.get("preview:NEXT_PUBLIC_MODEL_URL"), baseUrl);
    assert.equal(callsSince(mark).at(-1), "deploy --yes");
    assert.match(resumed.stdout, new RegExp(`serves version ${version} from ${baseUrl}`));
  });
});

describe("redeploy", () => {
  test("the command publishes, sets NEXT_PUBLIC_MODEL_URL without a prompt, deploys, and confirms the live site serves the new version", async () => {
    const mark = vercel.calls.length;
    const { code, stdout, stderr } = await run("redeploy.ts", [
      "--dir",
      modelA,
      "--prefix",
      "site",
      "--env",
      "production",
    ]);
    assert.equal(code, 0, stderr);
    const baseUrl = `${blob.publicUrl}site/${versionA}/`;
    const deployment = vercel.deployments.at(-1);
    // First time: nothing to update, so it adds the variable, not sensitive (the CLI's default from stdin
    // is sensitive); the value goes in with --value, exactly. Then it finds the production domain.
    assert.deepEqual(callsSince(mark), [
      `env update NEXT_PUBLIC_MODEL_URL production --value ${baseUrl} --yes`,
      `env add NEXT_PUBLIC_MODEL_URL production --value ${baseUrl} --no-sensitive --yes`,
      "deploy --prod --yes",
      `inspect ${deployment?.url} --json`,
    ]);
    assert.ok(vercel.calls.slice(mark).every((call) => !call.stdinIsTTY && call.stdin === ""));
    assert.equal(vercel.sensitive.has("production:NEXT_PUBLIC_MODEL_URL"), false);
    assert.equal(deployment?.env.NEXT_PUBLIC_MODEL_URL, baseUrl);
    // Both the deployment (with the bypass secret) and the production domain visitors use.
    assert.match(stdout, new RegExp(`${deployment?.url} serves version ${versionA} from ${baseUrl}`));
    assert.match(stdout, new RegExp(`${vercel.productionUrl} serves version ${versionA} from ${baseUrl}`));
    assert.match(stdout, /Done: production runs model version/);
  });

  test("--dry-run prints every command and changes nothing", async () => {
    const mark = vercel.calls.length;
    const puts = blob.requests.filter((r) => r.method === "PUT").length;
    const { code, stdout, stderr } = await run("redeploy.ts", [
      "--dir",
      modelB,
      "--prefix",
      "dry",
      "--env",
      "preview",
      "--dry-run",
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`would publish version ${versionB} to dry/${versionB}/`));
    assert.match(
      stdout,
      /would run: vercel env update NEXT_PUBLIC_MODEL_URL preview --value '<URL of dry\/[0-9a-f]{16}\/ in your store>' --yes/,
    );
    assert.match(stdout, /would run: vercel deploy --yes/);
    assert.match(stdout, /would check: GET <deployment URL>\/api\/model-version/);
    // The preflight runs first and only reads.
    assert.match(stdout, /Preflight \(changes nothing\):[\s\S]*Preflight passed\./);
    assert.deepEqual(callsSince(mark), ["whoami", "env ls preview --json"]);
    assert.equal(blob.requests.filter((r) => r.method === "PUT").length, puts);
  });

  test("exactly one model choice is required", async () => {
    const { code, stderr } = await run("redeploy.ts", ["--dir", modelA, "--previous"], { token: false });
    assert.equal(code, 2);
    assert.match(stderr, /give exactly one of --dir, --version, --previous/);
  });

  test("the old printed command (no --yes) is the trap the stand-in reproduces: Canceled, exit 0, old value kept", async () => {
    vercel.variables.set("production:TRAP_URL", "https://old.example/models/a/");
    const child = spawn(join(vercel.binDir, "vercel"), ["env", "update", "TRAP_URL", "production"]);
    child.stdin.end("https://new.example/models/b/");
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0);
    assert.match(stdout, /Canceled/);
    assert.equal(vercel.variables.get("production:TRAP_URL"), "https://old.example/models/a/");
  });
});

describe("redeploy (the library, in this process)", () => {
  /** Runs redeploy() with the stand-ins and short waits; returns what it printed. */
  const redeployHere = (model: ModelChoice, overrides: Partial<RedeployOptions> = {}) =>
    redeployWithStandIns({ blob, vercel, cwd: root, prefix: "lib" }, model, overrides);

  before(() => {
    process.env.VERCEL_BLOB_API_URL = blob.apiUrl;
  });

  test("a second model updates the variable in place with --yes; --previous rolls back pointer, variable and live site", async () => {
    await redeployHere({ dir: modelA });
    const mark = vercel.calls.length;
    await redeployHere({ dir: modelB });
    assert.deepEqual(callsSince(mark).slice(0, 2), [
      `env update NEXT_PUBLIC_MODEL_URL production --value ${blob.publicUrl}lib/${versionB}/ --yes`,
      "deploy --prod --yes",
    ]);
    assert.equal(vercel.variables.get("production:NEXT_PUBLIC_MODEL_URL"), `${blob.publicUrl}lib/${versionB}/`);

    const { result } = await redeployHere({ previous: true });
    assert.equal(result?.version, versionA);
    const pointer = await storedPointer("lib");
    assert.equal(pointer.version, versionA);
    assert.equal(pointer.previous?.version, versionB);
    assert.equal(vercel.variables.get("production:NEXT_PUBLIC_MODEL_URL"), `${blob.publicUrl}lib/${versionA}/`);
    assert.equal(vercel.deployments.at(-1)?.env.NEXT_PUBLIC_MODEL_URL, `${blob.publicUrl}lib/${versionA}/`);

    await redeployHere({ version: versionB });
    assert.equal((await storedPointer("lib")).version, versionB);
  });

  test("a failed deploy says what is done and resumes from the deploy step", async () => {
    vercel.failNext(["deploy"], "Build failed: out of memory");
    await assert.rejects(
      redeployHere({ dir: modelA }, { prefix: "lib-resume", environment: "preview" }),
      (error: Error) => {
        assert.match(
          error.message,
          /deploying to preview failed: vercel deploy exited with 1: Error: Build failed: out of memory/,
        );
        assert.match(
          error.message,
          /NEXT_PUBLIC_MODEL_URL is set for preview, but no new deployment is known to be live/,
        );
        assert.match(error.message, new RegExp(`Resume with:\n  resume deploy ${versionA}$`));
        return true;
      },
    );
    const mark = vercel.calls.length;
    const { lines } = await redeployHere(
      { version: versionA },
      { prefix: "lib-resume", environment: "preview", from: "deploy" },
    );
    assert.deepEqual(callsSince(mark), ["deploy --yes"]);
    assert.ok(
      lines.includes(`the pointer still names ${versionA}, as the run being resumed left it`),
      lines.join("\n"),
    );
  });

  test("a live site serving another model fails the check, naming what it serves and how to check again", async () => {
    const expected = `${blob.publicUrl}lib/${versionB}/`;
    const other = vercel.deployments.find((deployment) => deployment.env.NEXT_PUBLIC_MODEL_URL !== expected);
    assert.ok(other);
    await assert.rejects(
      redeployHere({ version: versionB }, { from: "check", deploymentUrl: other.url }),
      (error: Error) => {
        assert.match(
          error.message,
          new RegExp(
            `checking the live site serves the new model failed: ${other.url} does not serve ${expected}: it serves the model at `,
          ),
        );
        // The deployment cannot change: it was built with another value, so set it and deploy again.
        assert.match(error.message, new RegExp(`Resume with:\n  resume env ${versionB}`));
        return true;
      },
    );
  });

  test("a deployment that does not answer is built again: the advice is --from deploy, never --from check", async () => {
    const missing = `${new URL(vercel.productionUrl).origin}/d/missing`;
    await assert.rejects(
      redeployHere({ version: versionB }, { from: "check", deploymentUrl: missing }),
      (error: Error) => {
        assert.match(error.message, /could not be read \(HTTP 404\)/);
        assert.match(error.message, new RegExp(`Resume with:\n  resume deploy ${versionB}`));
        return true;
      },
    );
  });

  test("a resume never moves the pointer back over a newer publish: it stops, changes nothing, and says how to choose", async () => {
    const prefix = "lib-newer";
    vercel.failNext(["deploy"], "Build failed");
    await assert.rejects(
      redeployHere({ dir: modelA }, { prefix }),
      new RegExp(`Resume with:\n  resume deploy ${versionA}$`),
    );
    // Meanwhile someone publishes B.
    await publishModel(modelB, { token: blob.token, prefix, policy: FAST });
    const mark = vercel.calls.length;
    await assert.rejects(redeployHere({ version: versionA }, { prefix, from: "deploy" }), (error: Error) => {
      assert.match(
        error.message,
        new RegExp(
          `${prefix}/latest\\.json now names ${versionB} \\(since [^)]+\\), not ${versionA}: someone published`,
        ),
      );
      assert.match(
        error.message,
        new RegExp(`To put ${versionA} live anyway \\(the pointer moves back to it\\): resume publish ${versionA}`),
      );
      assert.match(error.message, new RegExp(`To put ${versionB} live instead: resume publish ${versionB}`));
      return true;
    });
    assert.equal((await storedPointer(prefix)).version, versionB);
    assert.equal((await storedPointer(prefix)).previous?.version, versionA);
    assert.deepEqual(callsSince(mark), []);
  });

  test("a missing Vercel CLI is named with how to install it", async () => {
    await assert.rejects(
      redeployHere(
        { version: versionA },
        {
          vercel: vercelCli({
            bin: join(root, "no-such-vercel"),
            cwd: root,
            timeoutMs: 1000,
            print: () => {},
            dryRun: false,
          }),
        },
      ),
      /the Vercel CLI \(.*no-such-vercel\) is not installed or not on PATH: npm install --global vercel, then vercel login and vercel link/,
    );
  });
});

describe("what the real Vercel does (the stand-in imitates it)", () => {
  /** redeploy() with the stand-ins, no bypass secret unless given, as a user on a new project. */
  const redeployHere = (model: ModelChoice, overrides: Partial<RedeployOptions> = {}, timeoutMs = 60_000) =>
    redeployWithStandIns(
      { blob, vercel, cwd: root, prefix: "vercel", bypass: false, vercelTimeoutMs: timeoutMs },
      model,
      overrides,
    );

  before(() => {
    process.env.VERCEL_BLOB_API_URL = blob.apiUrl;
  });

  test("Deployment Protection: the deployment URL answers 401, so production is checked at its production domain", async () => {
    const { result, lines } = await redeployHere({ dir: modelB });
    assert.ok(
      lines.includes(`${result?.deploymentUrl} is protected (401); checking the production domain, which visitors use`),
      lines.join("\n"),
    );
    assert.ok(
      lines.includes(`${vercel.productionUrl} serves version ${versionB} from ${result?.baseUrl}`),
      lines.join("\n"),
    );
  });

  test("a protected preview without the bypass secret fails saying so; the advice is to check again with the secret", async () => {
    await assert.rejects(redeployHere({ version: versionB }, { environment: "preview" }), (error: Error) => {
      assert.match(error.message, /answered 401: the deployment is protected[\s\S]*VERCEL_AUTOMATION_BYPASS_SECRET/);
      assert.match(error.message, new RegExp(`Resume with:\n  resume check ${versionB} \\S+/d/dpl\\d+$`));
      return true;
    });
  });

  test("a failed alias (vercel deploy --prod exits 0, the domain keeps the old deployment) fails the check", async () => {
    await redeployHere({ dir: modelB }, { prefix: "alias" });
    vercel.failAliasNext();
    await assert.rejects(redeployHere({ dir: modelA }, { prefix: "alias" }), (error: Error) => {
      assert.match(
        error.message,
        /vercel inspect lists no production domain for \S+: it did not become the production deployment/,
      );
      assert.match(error.message, /vercel promote/);
      assert.match(error.message, new RegExp(`resume deploy ${versionA}`));
      return true;
    });
    // Told the domain, it sees the old model there while the deployment itself (with the secret) has the new one.
    vercel.failAliasNext();
    await assert.rejects(
      redeployHere(
        { version: versionA },
        {
          prefix: "alias",
          siteUrl: vercel.productionUrl,
          liveCheck: { attempts: 1, pollMs: 10, timeoutMs: 5000, bypassSecret: vercel.bypassSecret },
        },
      ),
      (error: Error) => {
        assert.match(
          error.message,
          new RegExp(
            `${vercel.productionUrl} does not serve [^ ]+/alias/${versionA}/: it serves the model at [^ ]+/alias/${versionB}/`,
          ),
        );
        assert.match(error.message, /still points at an older deployment \(the alias failed\)/);
        return true;
      },
    );
  });

  test("a preview variable is added for all preview branches without the branch question (--yes), not sensitive", async () => {
    vercel.variables.delete("preview:NEXT_PUBLIC_MODEL_URL");
    vercel.sensitive.delete("preview:NEXT_PUBLIC_MODEL_URL");
    const mark = vercel.calls.length;
    await redeployHere(
      { version: versionB },
      {
        environment: "preview",
        liveCheck: { attempts: 1, pollMs: 10, timeoutMs: 5000, bypassSecret: vercel.bypassSecret },
      },
    );
    assert.ok(
      callsSince(mark).includes(
        `env add NEXT_PUBLIC_MODEL_URL preview --value ${blob.publicUrl}vercel/${versionB}/ --no-sensitive --yes`,
      ),
    );
    assert.equal(vercel.variables.get("preview:NEXT_PUBLIC_MODEL_URL"), `${blob.publicUrl}vercel/${versionB}/`);
    assert.equal(vercel.sensitive.has("preview:NEXT_PUBLIC_MODEL_URL"), false);
  });

  test("env update that would ask which of several records is detected and explained", async () => {
    vercel.variables.set("preview:NEXT_PUBLIC_MODEL_URL:feature", "https://example.com/models/x/");
    try {
      await assert.rejects(redeployHere({ version: versionB }, { environment: "preview" }), (error: Error) => {
        assert.match(
          error.message,
          /several NEXT_PUBLIC_MODEL_URL records match preview[\s\S]*vercel env rm NEXT_PUBLIC_MODEL_URL preview <branch> --yes/,
        );
        assert.doesNotMatch(error.message, /adding it|already been added/);
        return true;
      });
    } finally {
      vercel.variables.delete("preview:NEXT_PUBLIC_MODEL_URL:feature");
    }
  });

  for (const [state, message] of [
    ["logged out", /the Vercel CLI is not logged in: run vercel login \(or set VERCEL_TOKEN\)/],
    ["not linked", /this folder is not linked to a Vercel project: run vercel link --yes/],
  ] as const) {
    test(`an env update failing because the CLI is ${state} says so, instead of trying to add the variable`, async () => {
      if (state === "logged out") vercel.setLoggedIn(false);
      else vercel.setLinked(false);
      const mark = vercel.calls.length;
      try {
        await assert.rejects(redeployHere({ version: versionB }), (error: Error) => {
          assert.match(error.message, message);
          assert.match(error.message, new RegExp(`resume env ${versionB}$`));
          return true;
        });
      } finally {
        vercel.setLoggedIn(true);
        vercel.setLinked(true);
      }
      assert.deepEqual(callsSince(mark), [
        `env update NEXT_PUBLIC_MODEL_URL production --value ${blob.publicUrl}vercel/${versionB}/ --yes`,
      ]);
    });
  }

  test("a deploy stopped at --deploy-timeout says the build goes on and may still go live, and how to see it", async () => {
    const deployments = vercel.deployments.length;
    vercel.delayNext(["deploy"], 2500);
    await assert.rejects(redeployHere({ version: versionB }, {}, 800), (error: Error) => {
      assert.match(error.message, /vercel deploy was stopped: it did not finish within 0\.8 s/);
      assert.match(error.message, /does not cancel the build on Vercel: the deployment may still go live/);
      assert.match(error.message, /vercel ls[\s\S]*vercel inspect/);
      assert.match(error.message, new RegExp(`resume deploy ${versionB}$`));
      return true;
    });
    // As on Vercel, the build went on without the CLI.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal(vercel.deployments.length, deployments + 1);
  });

  test("--preflight checks login, link, Blob token, public store and the variable, changing nothing", async () => {
    const mark = vercel.calls.length;
    const puts = blob.requests.filter((r) => r.method === "PUT").length;
    const passed = await run("redeploy.ts", ["--preflight"]);
    assert.equal(passed.code, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout, /ok {4}the Vercel CLI is logged in as stand-in-user/);
    assert.match(passed.stdout, /ok {4}VERCEL_ORG_ID and VERCEL_PROJECT_ID name the project/);
    assert.match(passed.stdout, /ok {4}the Blob store accepts BLOB_READ_WRITE_TOKEN/);
    assert.match(passed.stdout, /ok {4}the store is public/);
    assert.match(passed.stdout, /ok {4}NEXT_PUBLIC_MODEL_URL exists in production \(one record\)/);
    assert.deepEqual(callsSince(mark), ["whoami", "env ls production --json"]);

    vercel.setLoggedIn(false);
    let failed: Awaited<ReturnType<typeof run>>;
    try {
      failed = await run("redeploy.ts", ["--preflight"], { token: false, linked: false });
    } finally {
      vercel.setLoggedIn(true);
    }
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /FAIL {2}the Vercel CLI is not logged in/);
    assert.match(failed.stdout, /FAIL {2}this folder is not linked to a Vercel project/);
    assert.match(failed.stdout, /FAIL {2}BLOB_READ_WRITE_TOKEN is not set/);
    assert.match(failed.stdout, /Preflight: 3 problems to fix first\./);
    assert.equal(blob.requests.filter((r) => r.method === "PUT").length, puts);
  });
});
