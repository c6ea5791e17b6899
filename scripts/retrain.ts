/**
 * The common case in one command: train (which evaluates on the test reviews) into a
 * git-ignored folder, publish the result to Vercel Blob, and with --deploy also set
 * NEXT_PUBLIC_MODEL_URL, deploy and check the live site. `npm run retrain -- --help`.
 *
 * Training runs as its own `scripts/train.ts` process, so it parses its flags and prints
 * its help exactly as `npm run train` does, and its memory is gone before the upload.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runMain } from "./lib/cli";
import { defineCommand, parseFlags } from "./lib/flags";
import { networkPolicy, STORE_FLAGS, separateFlags, storeArgs } from "./lib/publish/command-flags";
import { TOKEN_HELP } from "./lib/publish/errors";
import { describePublication, shellCommand } from "./lib/publish/messages";
import { publishModel } from "./lib/publish/publish";
import { redeploy, redeployCommand } from "./lib/publish/redeploy";
import { findBlobToken } from "./lib/publish/token";
import { vercelCli } from "./lib/publish/vercel-cli";

const TRAIN_SCRIPT = fileURLToPath(new URL("./train.ts", import.meta.url));

const command = defineCommand({
  name: "retrain",
  summary: "Retrain the model, evaluate it, publish it to Vercel Blob, and with --deploy put it live.",
  flags: {
    out: {
      type: "string",
      default: ".scratch/retrained",
      valueName: "DIR",
      help: "where training writes the model (git-ignored, so nothing tracked changes)",
    },
    ...STORE_FLAGS,
    deploy: {
      type: "boolean",
      help: "after publishing: set NEXT_PUBLIC_MODEL_URL, vercel deploy, check the live site",
    },
    env: {
      type: "string",
      default: "production",
      choices: ["production", "preview"],
      help: "with --deploy: the Vercel environment",
    },
    "dry-run": {
      type: "boolean",
      help: "print the training command and what would follow; train nothing, upload nothing",
    },
  },
  epilogue: `Every other flag goes to training unchanged (see npm run train -- --help); the recipe is
"default", the box's model, which NEXT_PUBLIC_MODEL_URL replaces, unless --recipe says otherwise.
Without BLOB_READ_WRITE_TOKEN (environment or .env.local) it trains and saves the model,
then says how to publish it. If publishing or deploying fails, it prints the command that
resumes from there without training again.`,
});

async function main(argv: string[]): Promise<void> {
  const { ours, rest } = separateFlags(command.flags, argv);
  const flags = parseFlags(command, ours);
  if (flags === null) return;
  const found = await findBlobToken(process.env, process.cwd());
  const print = (line: string) => console.log(line);
  // NEXT_PUBLIC_MODEL_URL replaces the box's model, so that is the recipe to train unless told otherwise.
  const recipe = rest.some((arg) => arg === "--recipe" || arg.startsWith("--recipe=")) ? [] : ["--recipe", "default"];
  const trainArgs = [TRAIN_SCRIPT, ...recipe, ...rest, "--out", flags.out];
  const publishArgs = ["--dir", flags.out, ...storeArgs(flags)];
  const publishLater = shellCommand(["npm", "run", "publish-model", "--", ...publishArgs]);
  const deployLater = redeployCommand([...publishArgs, "--env", flags.env]);

  if (flags.dryRun) {
    print(`would run: ${shellCommand([process.execPath, ...process.execArgv, ...trainArgs])}`);
    print(
      `then: ${flags.deploy ? `${deployLater} (publish, set NEXT_PUBLIC_MODEL_URL, deploy, check); its --dry-run prints each command` : publishLater}`,
    );
    return;
  }
  if (!found) print("note: no BLOB_READ_WRITE_TOKEN, so this run trains and saves the model but does not publish it\n");
  const training = spawnSync(process.execPath, [...process.execArgv, ...trainArgs], { stdio: "inherit" });
  if (training.status !== 0) {
    console.error(
      `error: training failed (${training.error?.message ?? `exit code ${training.status ?? training.signal}`}); nothing was published`,
    );
    process.exit(training.status || 1);
  }
  if (!found) {
    print(
      `\nTrained and saved to ${flags.out}, not published.\n\n${TOKEN_HELP}\n\nThen publish it (no need to train again):\n  ${flags.deploy ? deployLater : publishLater}`,
    );
    return;
  }
  print(`\nusing BLOB_READ_WRITE_TOKEN from ${found.source}`);
  const store = { ...flags, policy: networkPolicy(flags), token: found.token, log: print };
  if (!flags.deploy) {
    const result = await publishModel(flags.out, {
      ...store,
      resumeCommand: ({ repair }) => (repair ? `${publishLater} --repair` : publishLater),
    });
    print(
      `\n${describePublication(result, redeployCommand(["--version", result.version, ...storeArgs(flags), "--env", "production"]))}`,
    );
    return;
  }
  const environment = flags.env === "preview" ? "preview" : "production";
  const result = await redeploy({
    ...store,
    model: { dir: flags.out },
    environment,
    from: "publish",
    dryRun: false,
    repair: flags.repair,
    print,
    vercel: vercelCli({ cwd: process.cwd(), timeoutMs: 900_000, print, dryRun: false }),
    liveCheck: {
      attempts: 13,
      pollMs: 5000,
      timeoutMs: 15_000,
      bypassSecret: process.env.VERCEL_AUTOMATION_BYPASS_SECRET,
    },
    resumeFrom: ({ step, version, deploymentUrl, repair }) =>
      version === null
        ? `${deployLater}${repair ? " --repair" : ""}`
        : redeployCommand([
            "--version",
            version,
            "--env",
            environment,
            ...storeArgs(flags),
            ...(repair ? ["--repair"] : []),
            ...(step === "publish" ? [] : ["--from", step]),
            ...(deploymentUrl && step === "check" ? ["--deployment-url", deploymentUrl] : []),
          ]),
  });
  if (result) print(`\nDone: ${environment} runs model version ${result.version}.`);
}

runMain(import.meta.url, main);
