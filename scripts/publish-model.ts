/**
 * Publishes a trained model folder to Vercel Blob for the site to load. The work happens
 * in scripts/lib/publish/; this file parses flags and prints. `npm run publish-model -- --help`.
 */
import { runMain } from "./lib/cli";
import { defineCommand, parseFlags } from "./lib/flags";
import { networkPolicy, STORE_FLAGS, storeArgs } from "./lib/publish/command-flags";
import { exitOnInterrupt, interruptOnSignals } from "./lib/publish/interrupt";
import { describePublication, shellCommand } from "./lib/publish/messages";
import { publishModel } from "./lib/publish/publish";
import { redeployCommand } from "./lib/publish/redeploy";
import { findBlobToken } from "./lib/publish/token";

const command = defineCommand({
  name: "publish-model",
  summary: "Publish a trained model (model.json, weights, metadata.json) to Vercel Blob.",
  flags: {
    dir: { type: "string", default: "public/models/default", valueName: "DIR", help: "the model folder" },
    ...STORE_FLAGS,
    "dry-run": { type: "boolean", help: "check the model and show the plan; no token, no upload" },
  },
  epilogue: `Checks that metadata.json and model.json describe the same network, that the weights and
the vocabulary have the SHA-256 model.json records (npm run rehash-model records them for an
older folder), and that the browser's predictor reproduces the recorded samples, then
uploads to <prefix>/<content hash>/ (immutable, cached for a year), downloads every file
again to check its SHA-256, and only then moves <prefix>/latest.json to the new version. A failed run leaves the pointer where it was; run the
same command again to resume. Needs BLOB_READ_WRITE_TOKEN, from the environment or from
.env.local (vercel env pull). To also set NEXT_PUBLIC_MODEL_URL and deploy: npm run redeploy.`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const found = await findBlobToken(process.env, process.cwd());
  if (found && !flags.dryRun) console.log(`using BLOB_READ_WRITE_TOKEN from ${found.source}`);
  const resumeCommand = ({ repair }: { repair: boolean }) =>
    shellCommand([
      "npm",
      "run",
      "publish-model",
      "--",
      "--dir",
      flags.dir,
      ...storeArgs(flags),
      ...(repair ? ["--repair"] : []),
    ]);
  const { signal } = interruptOnSignals((line) => console.log(line));
  const result = await exitOnInterrupt(signal, () =>
    publishModel(flags.dir, {
      ...flags,
      policy: networkPolicy(flags, signal),
      token: found?.token,
      log: (line) => console.log(line),
      resumeCommand,
    }),
  );
  console.log(
    `\n${describePublication(result, redeployCommand(["--version", result.version, ...storeArgs(flags), "--env", "production"]))}`,
  );
}

runMain(import.meta.url, main);
