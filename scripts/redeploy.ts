/**
 * Puts a model live on Vercel: publish it (or pick a published version), set
 * NEXT_PUBLIC_MODEL_URL, deploy, and check the live site serves it. The work happens in
 * scripts/lib/publish/redeploy.ts; this file parses flags and prints. `npm run redeploy -- --help`.
 */
import { runMain, UsageError } from "./lib/cli";
import { defineCommand, helpText, parseFlags } from "./lib/flags";
import { networkPolicy, STORE_FLAGS, storeArgs } from "./lib/publish/command-flags";
import { exitOnInterrupt, interruptOnSignals } from "./lib/publish/interrupt";
import { networkPolicyWith } from "./lib/publish/network";
import { preflight } from "./lib/publish/preflight";
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
    deadline: {
      ...STORE_FLAGS.deadline,
      help: "the whole run (publish, variable, deploy, check) ends within this long of its start; vercel deploy gets what is left, at most --deploy-timeout",
    },
    from: {
      type: "string",
      default: "publish",
      choices: REDEPLOY_STEPS,
      help: "skip the steps before this one (printed when a run fails)",
    },
    "deployment-url": { type: "string", valueName: "URL", help: "with --from check: the deployment to check" },
    "site-url": {
      type: "string",
      valueName: "URL",
      help: "production: the domain visitors use, to check (default: the aliases vercel inspect lists)",
    },
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
      help: "stop vercel deploy after this long (the build on Vercel goes on and may still go live)",
    },
    vercel: { type: "string", default: "vercel", valueName: "PATH", help: "the Vercel CLI executable" },
    preflight: {
      type: "boolean",
      help: "only check what the run needs for --env (CLI login, project link, Blob token and store, one record of the variable, the bypass secret for preview); change nothing",
    },
    "dry-run": { type: "boolean", help: "run the preflight, check the model and print every command; change nothing" },
  },
  epilogue: `Give exactly one of --dir, --version, --previous (not needed with --preflight). Needs
BLOB_READ_WRITE_TOKEN (environment or .env.local) and the Vercel CLI, logged in and linked
(vercel login, vercel link; in CI: VERCEL_TOKEN, VERCEL_ORG_ID, VERCEL_PROJECT_ID). The CLI
never gets a terminal: commands that could ask pass --yes, the value goes in with --value.
Production is checked at its production domain (from vercel inspect --json); a protected
deployment URL with VERCEL_AUTOMATION_BYPASS_SECRET. A failure, or Ctrl-C (exit 130),
prints where things stand and the command that resumes. A run never leaves an older model
live over a newer publish: it reads the pointer again before deploying and before "Done",
and stops if someone published meanwhile. Every wait is bounded (--timeout, --deadline,
--deploy-timeout, --check-seconds). See docs/retrain-and-redeploy.md.`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const environment = flags.env === "preview" ? "preview" : "production";
  const found = await findBlobToken(process.env, process.cwd());
  const print = (line: string) => console.log(line);
  const { signal } = interruptOnSignals(print);
  // One deadline for the whole run: every Blob request, vercel command, wait and live check stops by then.
  const deadlineAt = Date.now() + flags.deadline * 1000;
  const vercel = vercelCli({
    deadlineAt,
    bin: flags.vercel,
    cwd: process.cwd(),
    timeoutMs: flags.deployTimeout * 1000,
    print,
    dryRun: flags.dryRun,
    signal,
  });
  const checks = () =>
    preflight({
      vercel,
      environment,
      cwd: process.cwd(),
      env: process.env,
      token: found?.token,
      tokenSource: found?.source,
      policy: networkPolicyWith({ ...networkPolicy(flags, signal), deadlineAt }),
      print,
    });
  if (flags.preflight) {
    const passed = await checks();
    if (signal.aborted) process.exit(130);
    if (!passed) process.exitCode = 1;
    return;
  }
  const chosen = [flags.dir !== undefined, flags.version !== undefined, flags.previous].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError(`give exactly one of --dir, --version, --previous\n\n${helpText(command)}`);
  const ready = flags.dryRun ? await checks() : true;
  if (flags.dryRun) print("");
  const model: ModelChoice =
    flags.dir !== undefined
      ? { dir: flags.dir }
      : flags.version !== undefined
        ? { version: flags.version }
        : { previous: true };
  const checkSeconds = flags.checkSeconds;
  const result = await exitOnInterrupt(signal, () =>
    redeploy({
      ...flags,
      model,
      environment,
      from: REDEPLOY_STEPS.find((step) => step === flags.from) ?? "publish",
      policy: { ...networkPolicy(flags, signal), deadlineAt },
      token: found?.token,
      log: print,
      print,
      vercel,
      liveCheck: {
        attempts: Math.floor(checkSeconds / 5) + 1,
        pollMs: 5000,
        timeoutMs: 15_000,
        bypassSecret: process.env.VERCEL_AUTOMATION_BYPASS_SECRET,
        deadlineAt,
      },
      resumeFrom: ({ step, version, deploymentUrl, repair }) =>
        redeployCommand([
          ...(version === null ? (flags.dir !== undefined ? ["--dir", flags.dir] : []) : ["--version", version]),
          ...(version === null && flags.previous ? ["--previous"] : []),
          "--env",
          environment,
          ...storeArgs(flags),
          ...((flags.repair || repair) && step === "publish" ? ["--repair"] : []),
          ...(step === "publish" ? [] : ["--from", step]),
          ...(deploymentUrl && step === "check" ? ["--deployment-url", deploymentUrl] : []),
          ...(flags.siteUrl ? ["--site-url", flags.siteUrl] : []),
          ...(flags.vercel !== "vercel" ? ["--vercel", flags.vercel] : []),
        ]),
    }),
  );
  if (result && !flags.dryRun) console.log(`\nDone: ${environment} runs model version ${result.version}.`);
  if (flags.dryRun) {
    console.log("\nDry run: nothing was uploaded, set or deployed.");
    if (!ready) {
      console.log("The preflight found problems (above): fix them before a real run.");
      process.exitCode = 1;
    }
  }
}

runMain(import.meta.url, main);
