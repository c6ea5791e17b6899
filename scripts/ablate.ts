/**
 * `npm run ablate`: what each recipe change buys, on validation data only. Prints the
 * table and writes it as JSON (`--out`) for the default model's metadata (`ablation`).
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { formatPercent } from "../lib/format";
import { parseAblationTable } from "../lib/metadata";
import type { BackendChoice } from "./lib/backend";
import { runMain } from "./lib/cli";
import { BACKEND_FLAG, defineCommand, modelDir, parseFlags } from "./lib/flags";
import { runAblation } from "./lib/imdb/ablation";
import { readMetadata } from "./lib/open-saved-model";
import { writeMetadata } from "./lib/save-model-folder";

const command = defineCommand({
  name: "ablate",
  summary:
    "Train each step from the tutorial's recipe to the default one and measure it on validation data (never test).",
  flags: {
    data: { type: "string", valueName: "PATH", help: "IMDB .tar.gz or aclImdb/ folder (default: the cached download)" },
    treebank: {
      type: "string",
      valueName: "DIR",
      help: "the Stanford Sentiment Treebank's folder (train.txt, dev.txt): steps 10+ train on its phrases, every step is measured on its dev sentences",
    },
    limit: { type: "integer", min: 100, help: "training reviews per run (default: all 22,500)" },
    epochs: { type: "integer", min: 1, help: "most epochs per run (default: each recipe's)" },
    "work-dir": {
      type: "string",
      default: ".cache/ablation",
      valueName: "DIR",
      help: "where the step models and checkpoints go",
    },
    out: { type: "string", default: ".cache/ablation/ablation.json", valueName: "FILE", help: "the table as JSON" },
    backend: BACKEND_FLAG,
    save: {
      type: "boolean",
      help: "also store the table as the default model's ablation (public/models/default/card.json)",
    },
    steps: {
      type: "string",
      valueName: "N,N,...",
      help: "only these steps, e.g. 1,2 (default: all; the table lists those measured)",
    },
  },
  epilogue:
    "Runs resume from their checkpoints when started again with the same flags, and a finished step is only measured again:\n" +
    "two processes with different --steps can share one --work-dir.",
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const rows = await runAblation({
    data: flags.data,
    treebank: flags.treebank,
    limit: flags.limit,
    epochs: flags.epochs,
    workDir: flags.workDir,
    backend: flags.backend as BackendChoice,
    steps: flags.steps?.split(",").map((n) => Number(n.trim())),
  });
  const percent = (x: number | undefined) => (x === undefined ? "n/a" : formatPercent(x));
  // Accuracy, and the coverage at 90% right (the share that gets a verdict when the texts
  // nearest 0.5 are held back until the rest is 90% right), on each validation set.
  console.log(`\n${"step".padEnd(5)} ${"set".padEnd(17)} accuracy  coverage@90  ROC AUC  epochs`);
  for (const row of rows) {
    const sets = [
      ["validation", row.validation],
      ["short validation", row.shortValidation],
      ...(row.treebankDev ? [["treebank dev", row.treebankDev] as const] : []),
    ] as const;
    for (const [name, result] of sets)
      console.log(
        `${String(row.step).padEnd(5)} ${name.padEnd(17)} ${percent(result.accuracy).padStart(8)}  ${percent(result.coverageAt90).padStart(11)}  ${(result.rocAuc ?? Number.NaN).toFixed(4).padStart(7)}  ${row.epochs}`,
      );
  }
  // Steps measured earlier (other --steps, other processes) stay in the table; a step measured again is replaced.
  const earlier = existsSync(flags.out)
    ? parseAblationTable(JSON.parse(await readFile(flags.out, "utf8")), flags.out)
    : [];
  // Read back through the schema, so new rows are written in its key order as the earlier ones are
  // (card.json is written byte for byte as its schema reads it: lib/metadata.test.ts).
  const table = parseAblationTable(
    [...earlier.filter((row) => !rows.some((r) => r.step === row.step)), ...rows].sort((a, b) => a.step - b.step),
    "the ablation table",
  );
  await writeFile(flags.out, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`wrote ${flags.out} (${table.length} steps)`);
  if (flags.save) {
    const dir = modelDir("default");
    await writeMetadata(dir, { ...(await readMetadata(dir)), ablation: table });
    console.log(`stored the table in ${dir}/card.json`);
  }
}

runMain(import.meta.url, main);
