/**
 * `npm run train`: trains the tutorial's model or the box's default model on the IMDB
 * training reviews and writes its folder for the site. The work is in scripts/lib/imdb/train-imdb.ts.
 */
import { type ModelName, modelFolder } from "../lib/model-folder";
import type { BackendChoice } from "./lib/backend";
import { runMain } from "./lib/cli";
import { BACKEND_FLAG, defineCommand, parseFlags, RECIPE_FLAG } from "./lib/flags";
import { defaultCacheDir } from "./lib/imdb/imdb-dataset";
import { RECIPES } from "./lib/imdb/recipes";
import { trainImdb } from "./lib/imdb/train-imdb";
import { LSTM_IMPLEMENTATIONS, type LstmImplementation } from "./lib/lstm-implementation";

const command = defineCommand({
  name: "train",
  summary: "Train the IMDB LSTM (Embedding -> LSTM -> Dense sigmoid) with a recipe and save it for the site.",
  flags: {
    recipe: RECIPE_FLAG,
    data: {
      type: "string",
      valueName: "PATH",
      help: `aclImdb_v1.tar.gz, the labeled tarball, or an aclImdb/ folder (default: download into ${defaultCacheDir()})`,
    },
    treebank: {
      type: "string",
      valueName: "DIR",
      help: "the Stanford Sentiment Treebank's folder (train.txt, dev.txt), for recipes that train on its phrases",
    },
    out: { type: "string", valueName: "DIR", help: "where the model goes (default: public/models/<recipe>)" },
    epochs: { type: "integer", min: 1, help: "most passes over the training reviews (default: the recipe's)" },
    limit: { type: "integer", min: 2, help: "use only N training and N test reviews (quick runs)" },
    backend: BACKEND_FLAG,
    lstm: {
      type: "string",
      default: "fast",
      choices: LSTM_IMPLEMENTATIONS,
      help: "fast: scripts/lib/fast-lstm.ts; layers: tf.layers.lstm (same numbers, slower)",
    },
    resume: { type: "boolean", help: "continue from the last per-epoch checkpoint of the same run" },
    "checkpoint-dir": {
      type: "string",
      valueName: "DIR",
      help: "where per-epoch checkpoints go (default: under the cache folder)",
    },
    "skip-evaluation": { type: "boolean", help: "do not evaluate on the test reviews after training" },
    "any-size": { type: "boolean", help: "accept datasets without 12,500 reviews per class (fixtures)" },
  },
  epilogue:
    "The recipes are in scripts/lib/imdb/recipes.ts. Every epoch writes a checkpoint; --resume continues a killed run.",
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const name = flags.recipe as ModelName;
  const recipe = { ...RECIPES[name], ...(flags.epochs === undefined ? {} : { epochs: flags.epochs }) };
  await trainImdb({
    recipe,
    data: flags.data,
    treebank: flags.treebank,
    out: flags.out ?? `public/${modelFolder(name)}`,
    limit: flags.limit,
    backend: flags.backend as BackendChoice,
    lstm: flags.lstm as LstmImplementation,
    resume: flags.resume,
    checkpointDir: flags.checkpointDir,
    skipEvaluation: flags.skipEvaluation,
    anySize: flags.anySize,
  });
}

runMain(import.meta.url, main);
