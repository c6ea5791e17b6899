/**
 * Records the SHA-256 of a model folder's weights in its model.json, for a folder saved
 * before saving recorded it: the site then serves the weights under a versioned URL that
 * browsers keep for good. The weight files are not touched. `npm run rehash-model -- --help`.
 */

import { runMain } from "./lib/cli";
import { defineCommand, MODEL_FLAG, modelDir, parseFlags } from "./lib/flags";
import { recordWeightsSha256 } from "./lib/model-files";

const command = defineCommand({
  name: "rehash-model",
  summary: "Record the SHA-256 of a model folder's weights in its model.json (weights unchanged).",
  flags: {
    model: MODEL_FLAG,
  },
  epilogue: `Training records the hash itself; this is for folders saved before it did. A model.json
that records a hash already is checked against its weights and left as it is.`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const dir = modelDir(flags.model);
  const { sha256, changed } = await recordWeightsSha256(dir);
  console.log(
    `${dir}: weights SHA-256 ${sha256} ${changed ? "recorded in model.json" : "already recorded, and matches"}`,
  );
}

runMain(import.meta.url, main);
