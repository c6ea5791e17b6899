/**
 * `npm run targets`: the box model's targets (issue 26's, scripts/lib/imdb/targets.ts), each
 * marked met or MISSED on a saved model, measured from its metadata.json and the behaviour
 * suite run now.
 */
import { runMain } from "./lib/cli";
import { defineCommand, MODEL_FLAG, modelDir, parseFlags } from "./lib/flags";
import { formatTargetsReport, measureTargets } from "./lib/imdb/targets";

const command = defineCommand({
  name: "targets",
  summary: "Report the box model's targets, each met or MISSED, on a saved model.",
  flags: {
    model: MODEL_FLAG,
    json: { type: "boolean", help: "print the results as JSON" },
    strict: { type: "boolean", help: "exit with status 1 when a target is missed (for CI)" },
  },
  epilogue:
    "Measures what metadata.json records (npm run train, npm run evaluate -- --save) and runs the behaviour suite.\n" +
    "Example: npm run targets -- --model default",
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const results = await measureTargets(modelDir(flags.model));
  console.log(flags.json ? JSON.stringify(results) : formatTargetsReport(results));
  if (flags.strict && results.some((result) => !result.met)) process.exitCode = 1;
}

runMain(import.meta.url, main);
