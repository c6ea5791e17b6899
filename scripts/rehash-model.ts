/**
 * Records the SHA-256 of a model folder's weights and the fingerprint of its vocabulary
 * in its model.json, for a folder saved before saving recorded them: the site then serves
 * the weights under a versioned URL that browsers keep for good, and publishing can tell
 * a vocabulary that does not belong to the weights. The weight files and the metadata
 * files are not touched. `npm run rehash-model -- --help`.
 */

import { runMain } from "./lib/cli";
import { defineCommand, MODEL_FLAG, modelDir, parseFlags } from "./lib/flags";
import { recordModelHashes } from "./lib/save-model-folder";

const command = defineCommand({
  name: "rehash-model",
  summary: "Record the SHA-256 of a model folder's weights and vocabulary in its model.json (files unchanged).",
  flags: {
    model: MODEL_FLAG,
  },
  epilogue: `Training records both itself; this is for folders saved before it did. A model.json that
records them already is checked against its weights and reading.json and left as it is.`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const dir = modelDir(flags.model);
  const { weightsSha256, vocabularySha256, changed } = await recordModelHashes(dir);
  console.log(
    `${dir}: weights SHA-256 ${weightsSha256}, vocabulary SHA-256 ${vocabularySha256}: ${changed ? "recorded in model.json" : "already recorded, and they match"}`,
  );
}

runMain(import.meta.url, main);
