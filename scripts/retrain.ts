/**
 * The common case in one command: train (which evaluates on the test reviews), then
 * publish the result to Vercel Blob. `npm run retrain -- --help`.
 *
 * Training runs as its own `scripts/train.ts` process, so it parses its flags and
 * prints its help exactly as `npm run train` does, and its memory is gone before the upload.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { describePublication, findBlobToken, publishModel, TOKEN_HELP } from "./model-publisher";
import { parseOrHelp, runMain } from "./lib/cli";

const TRAIN_SCRIPT = fileURLToPath(new URL("./train.ts", import.meta.url));

const HELP = `Retrain the model, evaluate it, and publish it to Vercel Blob.

Usage: npm run retrain -- [training flags] [--prefix NAME] [--dry-run]

  (any flag of npm run train)   passed to training unchanged; see npm run train -- --help.
                                Its --out (default public/model) is the folder published.
  --prefix NAME                 Blob folder for versions and the pointer (default: models)
  --dry-run                     train, then only check the artifacts and show the upload plan
  -h, --help                    show this text

Without BLOB_READ_WRITE_TOKEN (environment or .env.local) it trains and saves the model,
then says how to publish it later with npm run publish-model.
`;

interface RetrainFlags {
  /** Everything for scripts/train.ts, in the order given. */
  trainArgs: string[];
  out: string;
  prefix: string;
  dryRun: boolean;
}

/** Takes out the flags that are ours; the rest goes to training untouched. */
function parseFlags(argv: string[]): RetrainFlags | null {
  const { values, tokens } = parseArgs({
    args: argv,
    strict: false,
    tokens: true,
    options: {
      out: { type: "string" },
      prefix: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return null;
  const ours = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== "option" || !["prefix", "dry-run"].includes(token.name)) continue;
    ours.add(token.index);
    if (token.value !== undefined && !token.inlineValue) ours.add(token.index + 1);
  }
  const text = (value: string | boolean | undefined, name: string, fallback: string) => {
    if (typeof value === "boolean") throw new Error(`--${name} needs a value`);
    return value ?? fallback;
  };
  return {
    trainArgs: argv.filter((_, i) => !ours.has(i)),
    out: text(values.out, "out", "public/model"),
    prefix: text(values.prefix, "prefix", "models"),
    dryRun: values["dry-run"] === true,
  };
}

async function main(argv: string[]): Promise<void> {
  const flags = parseOrHelp(argv, HELP, parseFlags);
  if (flags === null) return;
  const found = await findBlobToken(process.env, process.cwd());
  if (!found && !flags.dryRun) console.log("note: no BLOB_READ_WRITE_TOKEN, so this run trains and saves the model but does not publish it\n");

  const training = spawnSync(process.execPath, [...process.execArgv, TRAIN_SCRIPT, ...flags.trainArgs], { stdio: "inherit" });
  if (training.status !== 0) {
    console.error(`error: training failed (${training.error?.message ?? `exit code ${training.status ?? training.signal}`}); nothing was published`);
    process.exit(training.status || 1);
  }

  if (!found && !flags.dryRun) {
    const prefix = flags.prefix === "models" ? "" : ` --prefix ${flags.prefix}`;
    console.log(`\nTrained and saved to ${flags.out}, not published.\n\n${TOKEN_HELP}\n\nThen publish it:\n  npm run publish-model -- --dir ${flags.out}${prefix}`);
    return;
  }
  if (found) console.log(`\nusing BLOB_READ_WRITE_TOKEN from ${found.source}`);
  const result = await publishModel(flags.out, { prefix: flags.prefix, dryRun: flags.dryRun, token: found?.token, log: (line) => console.log(line) });
  console.log(`\n${describePublication(result)}`);
}

runMain(import.meta.url, main);
