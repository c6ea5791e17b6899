/**
 * Puts a model live on Vercel: publish it (or pick a published version), set
 * NEXT_PUBLIC_MODEL_URL, deploy, and check the live site serves it. The work happens in
 * scripts/lib/publish/redeploy.ts; this file parses flags and prints. `npm run redeploy -- --help`.
 */
import { runMain, UsageError } from "./lib/cli";
import { defineCommand, helpText, parseFlags } from "./lib/flags";
import { networkPolicy, STORE_FLAGS, storeArgs } from "./lib/publish/command-flags";
import { type ModelChoice, REDEPLOY_STEPS, redeploy, redeployCommand } from "./lib/publish/redeploy";
import { findBlobToken } from "./lib/publish/token";
import { vercelCli } from "./lib/publish/vercel-cli";

const command = defineCommand({
  name: "redeploy",
  summary: "Put a model live: publish it, set NEXT_PUBLIC_MODEL_URL, deploy with the Vercel CLI, check the live site.",
  flags: {
    dir: { type: "string", valueName: "DIR", help: "publish this model folder first (as npm run publish-model)" },
    version: { type: "string", valueName: "HASH", help: "a version already in the store (rollback, or resume)" },
    previous: { type: "boolean", help: "the version before the current one, from the pointer's history (rollback)" },
    env: {
      type: "string",
      default: "production",
      choices: ["production", "preview"],
      help: "the Vercel environment to set and deploy",
    },
    ...STORE_FLAGS,
    from: {
      type: "string",
      default: "publish",
      choices: REDEPLOY_STEPS,
      help: "skip the steps before this one (printed when a run fails)",
    },
    "deployment-url": { type: "string", valueName: "URL", help: "with --from check: the deployment to check" },
    "check-seconds": {
      type: "integer",
      default: 60,
      min: 0,
      help: "how long to wait for the live site to serve the new model",
    },
    "deploy-timeout": {
      type: "integer",
      default: 900,
      min: 1,
      valueName: "SECONDS",
      help: "give up on vercel deploy after this long",
    },
    vercel: { type: "string", default: "vercel", valueName: "PATH", help: "the Vercel CLI executable" },
    "dry-run": { type: "boolean", help: "check the model and print every command; change nothing" },
  },
  epilogue: `Give exactly one of --dir, --version, --previous. Needs BLOB_READ_WRITE_TOKEN (environment
or .env.local) and the Vercel CLI, logged in and linked (vercel login, vercel link). The
CLI never gets a terminal: commands that could ask pass --yes. A protected preview is
checked with VERCEL_AUTOMATION_BYPASS_SECRET. Every step can be repeated safely; a failure
prints the command that resumes. See docs/retrain-and-redeploy.md.`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const chosen = [flags.dir !== undefined, flags.version !== undefined, flags.previous].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError(`give exactly one of --dir, --version, --previous\n\n${helpText(command)}`);
  const model: ModelChoice =
    flags.dir !== undefined
      ? { dir: flags.dir }
      : flags.version !== undefined
        ? { version: flags.version }
        : { previous: true };
  const environment = flags.env === "preview" ? "preview" : "production";
  const found = await findBlobToken(process.env, process.cwd());
  const print = (line: string) => console.log(line);
  const checkSeconds = flags.checkSeconds;
  const result = await redeploy({
    ...flags,
    model,
    environment,
    from: REDEPLOY_STEPS.find((step) => step === flags.from) ?? "publish",
    policy: networkPolicy(flags),
    token: found?.token,
    log: print,
    print,
    vercel: vercelCli({
      bin: flags.vercel,
      cwd: process.cwd(),
      timeoutMs: flags.deployTimeout * 1000,
      print,
      dryRun: flags.dryRun,
    }),
    liveCheck: {
      attempts: Math.floor(checkSeconds / 5) + 1,
      pollMs: 5000,
      timeoutMs: 15_000,
      bypassSecret: process.env.VERCEL_AUTOMATION_BYPASS_SECRET,
    },
    resumeFrom: (step, version, deploymentUrl) =>
      redeployCommand([
        ...(version === null ? (flags.dir !== undefined ? ["--dir", flags.dir] : []) : ["--version", version]),
        ...(version === null && flags.previous ? ["--previous"] : []),
        "--env",
        environment,
        ...storeArgs(flags),
        ...(flags.repair && step === "publish" ? ["--repair"] : []),
        ...(step === "publish" ? [] : ["--from", step]),
        ...(deploymentUrl ? ["--deployment-url", deploymentUrl] : []),
        ...(flags.vercel !== "vercel" ? ["--vercel", flags.vercel] : []),
      ]),
  });
  if (result && !flags.dryRun) console.log(`\nDone: ${environment} runs model version ${result.version}.`);
  if (flags.dryRun) console.log("\nDry run: nothing was uploaded, set or deployed.");
}

runMain(import.meta.url, main);
