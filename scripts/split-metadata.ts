/**
 * Splits a model folder's metadata.json (saved before the split) into reading.json, what
 * the box reads first, and card.json, what the model card and course show. Run it once per
 * folder; running it again only checks the folder. `npm run split-metadata -- --help`.
 */

import { runMain } from "./lib/cli";
import { defineCommand, MODEL_FLAG, modelDir, parseFlags } from "./lib/flags";
import { type FileBytes, splitMetadataFolder } from "./lib/split-metadata";

const command = defineCommand({
  name: "split-metadata",
  summary: "Rewrite a model folder's metadata.json as reading.json + card.json (checked, idempotent).",
  flags: {
    model: MODEL_FLAG,
  },
  epilogue: `The vocabulary becomes its words in index order, one a line; model.json, the weights and
the vocabulary's fingerprint are unchanged. metadata.json is removed once the new files open.`,
});

const listing = (files: FileBytes[]) =>
  files.map((file) => `${file.name} ${file.raw} bytes (gzip -9: ${file.gzip})`).join(", ");

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const dir = modelDir(flags.model);
  const { changed, before, after } = await splitMetadataFolder(dir);
  console.log(
    changed
      ? `${dir}: ${listing(before)} -> ${listing(after)}`
      : `${dir}: already split, and it opens: ${listing(after)}`,
  );
}

runMain(import.meta.url, main);
