/**
 * The guards of a redeploy (issue 29), each against the stand-ins: a run never leaves an
 * older model live over a newer publish, the preflight predicts what the run needs, a
 * body of the wrong shape is a reported failure, every wait is bounded, production
 * domains come from `vercel inspect`'s fields, and Ctrl-C says where things stand.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { MODEL_FILES } from "../lib/open-model-folder";
import { PublishFailure } from "../scripts/lib/publish/errors";
import { publishModel } from "../scripts/lib/publish/publish";
import type { ModelChoice, RedeployOptions } from "../scripts/lib/publish/redeploy";
import { sortAliases } from "../scripts/lib/publish/vercel-cli";
import { recordModelHashes } from "../scripts/lib/save-model-folder";
import { type BlobStandIn, startBlobStandIn } from "./blob-stand-in";
import { editJson, FAST, redeployWithStandIns, standInEnv, type TwoModels, trainTwoModels } from "./publish-fixture";
import { startVercelStandIn, type VercelStandIn } from "./vercel-stand-in";

let models: TwoModels;
let blob: BlobStandIn;
let vercel: VercelStandIn;

before(async () => {
  models = await trainTwoModels("redeploy-guards");
  blob = await startBlobStandIn({ dir: join(models.root, "store") });
  vercel = await startVercelStandIn();
  process.env.VERCEL_BLOB_API_URL = blob.apiUrl;
});

after(async () => {
  await vercel.close();
  await blob.close();
  await models.remove();
});

const callsSince = (mark: number) => vercel.calls.slice(mark).map((call) => call.args[0]);
/** redeploy() in this process, with the stand-ins, short waits and the bypass secret. */
const redeployHere = (model: ModelChoice, overrides: Partial<RedeployOptions> = {}, standIn = vercel) =>
  redeployWithStandIns({ blob, vercel: standIn, cwd: models.root, prefix: "guards" }, model, overrides);

/** A colleague's publish of B, at the moment the stand-in `vercel` receives a call. */
const colleaguePublishesB = (prefix: string) => async () => {
  await publishModel(models.modelB, { token: blob.token, prefix, policy: FAST });
};

describe("1. a run never leaves an older model live over a newer publish", () => {
  test("a resume whose pointer moves during its env step stops before deploying: what is live, what the pointer names, the one command", async () => {
    const prefix = "race-resume";
    await publishModel(models.modelA, { token: blob.token, prefix, policy: FAST });
    vercel.beforeNext(["env", "update"], colleaguePublishesB(prefix));
    const mark = vercel.calls.length;
    await assert.rejects(redeployHere({ version: models.versionA }, { prefix, from: "env" }), (error: Error) => {
      assert.match(error.message, new RegExp(`${prefix}/latest\\.json now names ${models.versionB} \\(published `));
      assert.match(error.message, /Live: Nothing was deployed by this run: production serves what it served before/);
      assert.match(error.message, new RegExp(`The pointer names: ${models.versionB}\\.`));
      assert.match(
        error.message,
        new RegExp(`To put ${models.versionB} live \\(the newest\\):\\n  resume env ${models.versionB}$`),
      );
      return true;
    });
    assert.ok(!callsSince(mark).includes("deploy"), "nothing was deployed");
  });

  test("a plain redeploy whose pointer moves during its deploy does not say Done; the printed command then puts the newest live", async () => {
    const prefix = "race-done";
    vercel.beforeNext(["deploy"], colleaguePublishesB(prefix));
    let command = "";
    await assert.rejects(redeployHere({ dir: models.modelA }, { prefix }), (error: Error) => {
      assert.match(error.message, new RegExp(`now names ${models.versionB}`));
      assert.match(
        error.message,
        new RegExp(`Live: production serves ${models.versionA} \\(\\S+/d/dpl\\d+, checked\\)\\.`),
      );
      assert.match(error.message, new RegExp(`The pointer names: ${models.versionB}\\.`));
      command = /the newest\):\n {2}(.*)$/.exec(error.message)?.[1] ?? "";
      return true;
    });
    assert.equal(command, `resume env ${models.versionB}`);
    // The one command: set the variable to B, deploy, check.
    const { result } = await redeployHere({ version: models.versionB }, { prefix, from: "env" });
    assert.equal(result?.version, models.versionB);
    assert.equal(
      vercel.deployments.at(-1)?.env.NEXT_PUBLIC_MODEL_URL,
      `${blob.publicUrl}${prefix}/${models.versionB}/`,
    );
  });
});

describe("3. an answer of the wrong shape is a reported failure, retried like a 5xx", () => {
  const publishExpectingFailure = async (prefix: string, check: (message: string) => void) => {
    await assert.rejects(
      publishModel(models.modelA, { token: blob.token, prefix, policy: FAST, resumeCommand: () => `resume ${prefix}` }),
      (error: Error) => {
        assert.ok(error instanceof PublishFailure, `${error.name}: ${error.message}`);
        check(error.message);
        assert.match(error.message, /\nThe pointer [^\n]+\n/);
        assert.match(error.message, new RegExp(`Resume with:\\n  resume ${prefix}$`));
        return true;
      },
    );
  };

  test("an HTML page with 200 in place of the API's JSON: the step, the attempts, the pointer state and the resume line", async () => {
    blob.inject({ on: "head", fault: "html-200" });
    try {
      await publishExpectingFailure("shape-html", (message) =>
        assert.match(
          message,
          /^reading the pointer shape-html\/latest\.json failed: checking shape-html\/latest\.json failed 3 times, last with: the Blob service answered with a body that is not JSON/,
        ),
      );
    } finally {
      blob.clearFaults();
    }
  });

  test("JSON without the fields (a put answered {}) fails the file's step, not with 'reading slice'", async () => {
    blob.inject({ on: "put", fault: "no-fields" });
    try {
      await publishExpectingFailure("shape-fields", (message) =>
        assert.match(
          message,
          /^publishing weights\.bin failed: uploading weights\.bin failed 3 times, last with: the Blob service, storing shape-fields\/[0-9a-f]{16}\/weights\.bin, answered with a wrong "url"/,
        ),
      );
    } finally {
      blob.clearFaults();
    }
  });

  test("a head answer without an ETag is named as such, not as a failed connection", async () => {
    blob.inject({ on: "head", fault: "no-etag", match: "weights.bin" });
    try {
      await publishExpectingFailure("shape-etag", (message) => {
        assert.match(message, /answered with a wrong "etag"/);
        assert.doesNotMatch(message, /ERR_INVALID_URL|connection failed/);
      });
    } finally {
      blob.clearFaults();
    }
  });

  test("an HTML page with 200 from the CDN in place of a stored file is named, not taken for a stale or damaged copy", async () => {
    blob.inject({ on: "download", fault: "html-200", match: "weights.bin" });
    try {
      await publishExpectingFailure("shape-cdn", (message) => {
        assert.match(
          message,
          /downloading shape-cdn\/[0-9a-f]{16}\/weights\.bin failed 3 times, last with: the CDN answered shape-cdn\/[0-9a-f]{16}\/weights\.bin with an HTML page, not the stored application\/octet-stream/,
        );
        assert.doesNotMatch(message, /older copy|damaged/);
      });
    } finally {
      blob.clearFaults();
    }
  });

  test("one wrong body is retried and the publish goes on", async () => {
    blob.inject({ on: "head", fault: "html-200", times: 1 });
    const lines: string[] = [];
    try {
      const result = await publishModel(models.modelA, {
        token: blob.token,
        prefix: "shape-once",
        policy: FAST,
        log: (line) => lines.push(line),
      });
      assert.equal(result.pointerMoved, true);
    } finally {
      blob.clearFaults();
    }
    assert.ok(
      lines.some((line) => /not JSON.*trying again/.test(line)),
      lines.join("\n"),
    );
  });
});

describe("4. every wait is bounded", () => {
  test("a 429 asking to wait 600 s is not waited for: it fails at once, saying so (the Retry-After cap)", {
    timeout: 10_000,
  }, async () => {
    blob.inject({ on: "put", fault: "429", retryAfter: 600 });
    const started = Date.now();
    try {
      await assert.rejects(
        publishModel(models.modelA, { token: blob.token, prefix: "bounded-429", policy: FAST }),
        /uploading weights\.bin failed with: the Blob service is rate limiting \(429\), and asks to wait 600 s before trying again, longer than the 30 s this tool waits/,
      );
    } finally {
      blob.clearFaults();
    }
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });

  test("a download trickling one byte every 50 ms (each resetting the idle timeout) ends at the request's deadline", {
    timeout: 10_000,
  }, async () => {
    blob.inject({ on: "download", fault: "trickle", match: "weights.bin", trickleMs: 50 });
    const started = Date.now();
    try {
      await assert.rejects(
        publishModel(models.modelA, {
          token: blob.token,
          prefix: "bounded-trickle",
          policy: { ...FAST, requestDeadlineMs: 1500 },
        }),
        /downloading bounded-trickle\/[0-9a-f]{16}\/weights\.bin failed with: 1\.5 s, the deadline of one request, passed/,
      );
    } finally {
      blob.clearFaults();
    }
    const took = Date.now() - started;
    assert.ok(took >= 1400 && took < 6000, `took ${took} ms`);
  });

  test("the run's deadline ends the run whatever the retries have left", { timeout: 10_000 }, async () => {
    blob.inject({ on: "head", fault: "stall" });
    const started = Date.now();
    try {
      await assert.rejects(
        publishModel(models.modelA, {
          token: blob.token,
          prefix: "bounded-run",
          policy: { ...FAST, retries: 10, runDeadlineMs: 1000 },
        }),
        /checking bounded-run\/latest\.json failed 2 times, last with: the run's deadline \(1 s after it started\) passed/,
      );
    } finally {
      blob.clearFaults();
    }
    assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms`);
  });
});

describe("5. production domains come from vercel inspect's fields, not from the name's shape", () => {
  test("sortAliases on the real CLI's JSON (bare host names): only <name>-git-<branch>-<contextName>.vercel.app is a branch alias", () => {
    // The fields `vercel inspect URL --json` prints (vercel 60.1.3: id, name, url, target, aliases, contextName).
    const inspected = {
      name: "my-git-app",
      contextName: "acme",
      target: "production",
      aliases: [
        "my-git-app.vercel.app",
        "my-git-app-acme.vercel.app",
        "my-git-app-git-main-acme.vercel.app",
        "git.example.com",
      ],
    };
    assert.deepEqual(sortAliases(inspected), {
      productionDomains: [
        "https://my-git-app.vercel.app",
        "https://my-git-app-acme.vercel.app",
        "https://git.example.com",
      ],
      branchAliases: ["https://my-git-app-git-main-acme.vercel.app"],
    });
  });

  test("a project named my-git-app: its production domain is checked; its Git-branch alias never counts as production", async () => {
    const gitApp = await startVercelStandIn({ projectName: "my-git-app" });
    try {
      const { result, lines } = await redeployHere({ dir: models.modelB }, { prefix: "git-app" }, gitApp);
      assert.match(gitApp.productionUrl, /\/my-git-app-standin\.vercel\.app$/);
      assert.ok(
        lines.includes(`${gitApp.productionUrl} serves version ${models.versionB} from ${result?.baseUrl}`),
        lines.join("\n"),
      );
      assert.ok(!lines.some((line) => line.startsWith(gitApp.branchAliasUrl)), "the branch alias is not checked");

      // A failed alias leaves only the branch alias on the deployment: that is not production.
      gitApp.failAliasNext();
      await assert.rejects(
        redeployHere({ dir: models.modelA }, { prefix: "git-app" }, gitApp),
        /vercel inspect lists no production domain for \S+: it did not become the production deployment/,
      );
    } finally {
      await gitApp.close();
    }
  });
});

const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));

/**
 * Runs a command as npm does, from an empty folder, with the stand-ins; `whenPrinted`
 * sends `signal` to it once its output matches.
 */
async function run(
  name: string,
  args: string[],
  options: { bypass?: boolean; whenPrinted?: RegExp; signal?: NodeJS.Signals } = {},
) {
  const cwd = await mkdtemp(join(models.root, "cwd-"));
  const env = standInEnv({ blob, vercel }, { bypass: options.bypass });
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), script(name), ...args], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let sentAt: number | null = null;
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.whenPrinted?.test(stdout) && sentAt === null) {
      sentAt = Date.now();
      child.kill(options.signal ?? "SIGINT");
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  return { code, signal, stdout, stderr, exitedAfterMs: sentAt === null ? null : Date.now() - sentAt };
}

describe("4. every wait is bounded (the command)", () => {
  test("--deadline bounds the whole redeploy: a vercel deploy still running at the deadline is stopped, saying so", async () => {
    await publishModel(models.modelA, { token: blob.token, prefix: "run-deadline", policy: FAST });
    vercel.delayNext(["deploy"], 8000);
    const started = Date.now();
    const { code, stderr } = await run("redeploy.ts", [
      "--version",
      models.versionA,
      "--prefix",
      "run-deadline",
      "--from",
      "deploy",
      "--deadline",
      "2",
    ]);
    const took = Date.now() - started;
    assert.equal(code, 1, stderr);
    assert.match(
      stderr,
      /deploying to production failed: vercel deploy was stopped: the run's deadline \(--deadline\) passed\. Stopping the CLI does not cancel the build on Vercel/,
    );
    assert.match(
      stderr,
      new RegExp(
        `Resume with:\\n  npm run redeploy -- --version ${models.versionA} --env production --prefix run-deadline --deadline 2 --from deploy\\n`,
      ),
    );
    assert.ok(took < 7000, `took ${took} ms (the stand-in answers after 8 s)`);
  });
});

describe("2. --preflight checks everything the chosen --env needs", () => {
  test("a preview without the protection bypass secret fails the preflight (the run would fail at its live check)", async () => {
    const { code, stdout } = await run("redeploy.ts", ["--preflight", "--env", "preview"], { bypass: false });
    assert.equal(code, 1, stdout);
    assert.match(
      stdout,
      /FAIL {2}VERCEL_AUTOMATION_BYPASS_SECRET is not set: a preview is checked at its deployment URL/,
    );
  });

  test("two records of the variable for the environment fail the preflight (env update would ask which)", async () => {
    vercel.variables.set("preview:NEXT_PUBLIC_MODEL_URL", "https://example.com/models/a/");
    vercel.variables.set("preview:NEXT_PUBLIC_MODEL_URL:feature", "https://example.com/models/x/");
    try {
      const { code, stdout } = await run("redeploy.ts", ["--preflight", "--env", "preview"]);
      assert.equal(code, 1, stdout);
      assert.match(
        stdout,
        /FAIL {2}NEXT_PUBLIC_MODEL_URL has 2 records in preview \(1 for Git branch feature\)[\s\S]*vercel env rm NEXT_PUBLIC_MODEL_URL preview <branch> --yes/,
      );
      assert.match(stdout, /ok {4}VERCEL_AUTOMATION_BYPASS_SECRET is set/);
    } finally {
      vercel.variables.delete("preview:NEXT_PUBLIC_MODEL_URL:feature");
    }
    const { code, stdout } = await run("redeploy.ts", ["--preflight", "--env", "preview"]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /ok {4}NEXT_PUBLIC_MODEL_URL exists in preview \(one record\)/);
  });
});

describe("6. Ctrl-C and a failed write", () => {
  test("Ctrl-C during vercel deploy: the state lines, the resume command, exit 130", async () => {
    await publishModel(models.modelA, { token: blob.token, prefix: "sigint", policy: FAST });
    vercel.delayNext(["deploy"], 3000);
    const { code, signal, stderr, exitedAfterMs } = await run(
      "redeploy.ts",
      ["--version", models.versionA, "--prefix", "sigint", "--from", "deploy"],
      { whenPrinted: /running: vercel deploy --prod --yes/ },
    );
    assert.equal(signal, null, "it exits by itself, not killed by the signal");
    assert.equal(code, 130, stderr);
    assert.match(
      stderr,
      /deploying to production failed: interrupted \(Ctrl-C or SIGTERM\) while vercel deploy --prod was running/,
    );
    assert.match(
      stderr,
      new RegExp(
        `Version ${models.versionA} is published \\(\\S+\\) and the pointer names it\\. NEXT_PUBLIC_MODEL_URL is set for production`,
      ),
    );
    assert.match(
      stderr,
      new RegExp(
        `Resume with:\\n  npm run redeploy -- --version ${models.versionA} --env production --prefix sigint --from deploy\\n`,
      ),
    );
    assert.ok((exitedAfterMs ?? 0) < 2500, `exited ${exitedAfterMs} ms after the signal`);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the stand-in's build finishes
  });

  test("SIGTERM during an upload: the request is abandoned, the pointer state and the resume command, exit 130", async () => {
    blob.inject({ on: "put", fault: "stall" });
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run("publish-model.ts", ["--dir", models.modelB, "--prefix", "sigterm"], {
        whenPrinted: /uploading weights\.bin/,
        signal: "SIGTERM",
      });
    } finally {
      blob.clearFaults();
    }
    const { code, stderr, exitedAfterMs } = result;
    assert.equal(code, 130, stderr);
    assert.match(
      stderr,
      /publishing weights\.bin failed: interrupted \(Ctrl-C or SIGTERM\) while uploading weights\.bin/,
    );
    assert.match(stderr, /The pointer is unchanged: nothing was published under sigterm\/latest\.json yet\./);
    assert.match(
      stderr,
      new RegExp(`Resume with:\\n  npm run publish-model -- --dir ${models.modelB} --prefix sigterm\\n`),
    );
    assert.ok((exitedAfterMs ?? 0) < 2500, `exited ${exitedAfterMs} ms after the signal`);
  });

  test("rehash-model: a write that fails (a full disk) leaves model.json as it was and no model.json.tmp", async () => {
    const dir = await mkdtemp(join(models.root, "unhashed-"));
    await cp(models.modelA, dir, { recursive: true });
    await editJson(join(dir, MODEL_FILES.model), ({ weightsSha256: _w, vocabularySha256: _v, ...rest }) => rest);
    const before = await readFile(join(dir, MODEL_FILES.model), "utf8");
    // Half the bytes arrive, then the disk is full.
    const fullDisk = async (path: Parameters<typeof writeFile>[0]) => {
      await writeFile(path, '{"half');
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    await assert.rejects(recordModelHashes(dir, fullDisk), /ENOSPC/);
    assert.deepEqual(
      (await readdir(dir)).filter((name) => name.endsWith(".tmp")),
      [],
    );
    assert.equal(await readFile(join(dir, MODEL_FILES.model), "utf8"), before);
  });
});
