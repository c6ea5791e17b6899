/**
 * Evaluates a saved model beside the Naive Bayes baseline: on IMDB (test, validation,
 * short-review validation, the treebank's dev sentences with --treebank, behaviour
 * suite), or on your own labelled reviews with --data FILE. Predictions come from the
 * browser's Predictor, so they are the box's, and so is the box's view it reports
 * (unsure, no verdict, right outside the band).
 * `npm run evaluate -- --help`.
 */

import { runMain } from "./lib/cli";
import { defineCommand, MODEL_FLAG, modelDir, parseFlags } from "./lib/flags";
import { printEvaluation } from "./lib/imdb/evaluation";
import {
  evaluateOnImdb,
  evaluateReviewFile,
  formatImdbReport,
  formatReviewFileReport,
  isImdbSource,
  saveImdbReport,
} from "./lib/imdb/evaluation-report";
import { readMetadata } from "./lib/open-saved-model";

const command = defineCommand({
  name: "evaluate",
  summary: "Evaluate a model beside a Naive Bayes baseline, on IMDB or on your own labelled reviews.",
  flags: {
    model: MODEL_FLAG,
    data: {
      type: "string",
      valueName: "PATH",
      help: "IMDB .tar.gz or aclImdb/ folder (default: the cached download), or your reviews as .jsonl or .csv",
    },
    imdb: {
      type: "string",
      valueName: "PATH",
      help: "with --data FILE: the IMDB tarball the Naive Bayes trains on (default: the cached download, if any)",
    },
    treebank: {
      type: "string",
      valueName: "DIR",
      help: "folder with the Stanford Sentiment Treebank's train.txt and dev.txt: also measure its dev sentences (--save records them)",
    },
    "choose-band": {
      type: "boolean",
      help: "choose the box's unsure band again on the short validation reviews (and, with --treebank, the treebank's dev sentences) with the saved weights, as training does; --save stores it",
    },
    "skip-test": {
      type: "boolean",
      help: "do not read the IMDB test reviews (validation, short validation and behaviour only, for recipe choices)",
    },
    save: {
      type: "boolean",
      help: "store the results in the model's reading.json, card.json and test-predictions.bin",
    },
    json: { type: "boolean", help: "print one JSON object on stdout instead of the tables" },
    "any-size": { type: "boolean", help: "accept IMDB datasets without 12,500 reviews per class (fixtures)" },
  },
  epilogue: `Your own reviews: JSON lines {"text": "...", "label": 0 or 1} (an optional "test" field groups
the report) or CSV with a text,label header (and optionally a test column). Examples:
  npm run evaluate -- --model tutorial --data ../shared/data/aclImdb_v1-labeled.tar.gz
  npm run evaluate -- --data ../shared/data/aclImdb_v1-labeled.tar.gz --treebank ../shared/data/sst --save
  npm run evaluate -- --data my-reviews.csv --json`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const dir = modelDir(flags.model);
  if (flags.data !== undefined && !(await isImdbSource(flags.data))) {
    if (flags.save || flags.skipTest || flags.treebank !== undefined || flags.chooseBand)
      throw new Error("--save, --skip-test, --treebank and --choose-band apply to IMDB only, not to --data FILE");
    const report = await evaluateReviewFile({
      modelDir: dir,
      file: flags.data,
      imdb: flags.imdb,
      anySize: flags.anySize,
    });
    for (const note of report.notes) console.error(note);
    const { notes: _notes, ...figures } = report;
    console.log(flags.json ? JSON.stringify(figures) : formatReviewFileReport(report));
    return;
  }
  const report = await evaluateOnImdb({
    modelDir: dir,
    data: flags.data,
    skipTest: flags.skipTest,
    treebank: flags.treebank,
    chooseBand: flags.chooseBand,
    anySize: flags.anySize,
    showProgress: !flags.json,
  });
  if (flags.json) {
    const {
      testPredictions: _predictions,
      model: { failures: _failures, evaluation: _evaluation, ...model },
      ...rest
    } = report;
    console.log(JSON.stringify({ ...rest, model }));
  } else {
    console.log(formatImdbReport(report));
    if (report.model.evaluation)
      printEvaluation(report.model.evaluation, {
        title: `The model on the IMDB test reviews (${report.model.evaluation.examples})`,
      });
  }
  if (flags.save) {
    await saveImdbReport(report, await readMetadata(dir));
    console.error(
      `stored the results in ${dir}/reading.json and card.json${report.testPredictions ? " and test-predictions.bin" : ""}`,
    );
  }
}

runMain(import.meta.url, main);
