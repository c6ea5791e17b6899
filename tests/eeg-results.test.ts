/**
 * The EEG page's result sections say what the committed runs say (the demo's metadata and
 * the real-data comparison reports): numbers with their intervals, the run's own command,
 * and verdicts computed from the numbers (not written by hand).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { it } from "node:test";
import { createElement, type FunctionComponent } from "react";
import { renderToReadableStream } from "react-dom/server";
import { COMPARED_MODELS, type ComparisonReport, parseComparisonReport } from "../lib/eeg/comparison";
import { type Proportion, parseSequenceMetadata, type SequenceMetadata } from "../lib/eeg/metadata";
import { parseTrajectoryReport, TRAJECTORY_MODELS } from "../lib/eeg/trajectory-report";
import { parseTrialPicture } from "../lib/eeg/trial-picture";

// The components read the committed files through build-time readers marked `import "server-only"`,
// which throws outside React's server build; here, as in the build, they run on the server.
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
const { RealEegResults } = await import("../components/eeg/real-eeg-results");
const { EegDemoResults } = await import("../components/eeg/demo-results");
const { EeglabSampleResults } = await import("../components/eeg/eeglab-sample-results");
const { commandLine } = await import("../components/eeg/comparison-report");
const { MiniatureResults } = await import("../components/eeg/own-recordings/miniature-results");

async function text(component: unknown, language: "en" | "zh"): Promise<string> {
  const stream = await renderToReadableStream(
    createElement(component as FunctionComponent<{ language: string }>, { language }),
  );
  await stream.allReady;
  return (await new Response(stream).text())
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const interval = (p: Proportion) => `${percent(p.value)} [${percent(p.interval[0])}, ${percent(p.interval[1])}]`;
const metadata = (folder: string): SequenceMetadata =>
  parseSequenceMetadata(JSON.parse(readFileSync(`public/${folder}/metadata.json`, "utf8")), folder);
const report = (evaluation: string): ComparisonReport =>
  parseComparisonReport(JSON.parse(readFileSync(`public/eeg-comparison/${evaluation}.json`, "utf8")), evaluation);

it("shows every model of both committed runs with intervals, per subject, and the run's own command", async () => {
  const page = await text(RealEegResults, "en");
  for (const evaluation of ["within-subject", "across-subjects"]) {
    const r = report(evaluation);
    assert.deepEqual(Object.keys(r.models).sort(), [...COMPARED_MODELS].sort(), `${evaluation}: all four models`);
    for (const model of COMPARED_MODELS) {
      const score = r.models[model]!;
      assert.ok(page.includes(interval(score.accuracy)), `${evaluation} ${model}: pooled`);
      const { mean, interval: range } = score.meanOverSubjects;
      assert.ok(
        page.includes(interval({ value: mean, interval: range } as Proportion)),
        `${evaluation} ${model}: mean`,
      );
      for (const row of score.perSubject) assert.ok(page.includes(interval(row.accuracy)), `${model} ${row.subject}`);
    }
    assert.ok(page.includes(`npm run train-sequences -- ${r.command.join(" ")}`), `${evaluation}: command`);
  }
});

it("states the band-power LSTM's distance to CSP as the within-subject numbers give it", async () => {
  const r = report("within-subject");
  const lstm = r.models["lstm-band-power"]!.meanOverSubjects.mean;
  const csp = r.models["csp-lda"]!.meanOverSubjects.mean;
  const page = await text(RealEegResults, "en");
  assert.ok(page.includes(`The band-power LSTM's mean (${percent(lstm)})`));
  if (lstm < csp)
    assert.ok(page.includes(`${(100 * (csp - lstm)).toFixed(1)} points below CSP + LDA's (${percent(csp)})`));
  const zh = await text(RealEegResults, "zh");
  assert.ok(zh.includes(percent(lstm)) && zh.includes(percent(csp)));
});

it("names exactly the subjects CSP + LDA is above chance for, within subjects", async () => {
  const r = report("within-subject");
  const above = r.models["csp-lda"]!.perSubject.filter((row) => row.accuracy.interval[0] > r.chance);
  const page = await text(RealEegResults, "en");
  assert.ok(
    page.includes(
      `CSP + LDA is above chance with its whole interval for ${above.map((row) => row.subject).join(", ")};`,
    ),
  );
});

it("claims nothing across subjects that the intervals do not support", async () => {
  const r = report("across-subjects");
  const page = await text(RealEegResults, "en");
  const above = Object.values(r.models).filter(
    (score) => score.meanOverSubjects.interval[0] > r.chance || score.accuracy.interval[0] > r.chance,
  );
  assert.equal(page.includes("Across people no model beats chance with its whole interval"), above.length === 0);
});

it("uses the agreed Chinese terms", async () => {
  const zh = (await text(RealEegResults, "zh")) + (await text(EegDemoResults, "zh"));
  assert.ok(zh.includes("被试") && !zh.includes("受试者"));
  assert.ok(zh.includes("准确率") && !zh.includes("正确率"));
});

it("says when the demo's LSTM loses to its baseline", async () => {
  const s = metadata("eeg-model");
  const page = await text(EegDemoResults, "en");
  assert.ok(page.includes(`the linear baseline on the same trials: ${interval(s.heldOut!.baseline.accuracy)}`));
  assert.ok(s.command, "the demo model records the command that made it");
  assert.ok(page.includes(`npm run train-sequences -- ${s.command.join(" ")}`));
  assert.equal(
    page.includes("so here the LSTM loses to it"),
    s.heldOut!.lstm.accuracy.value < s.heldOut!.baseline.accuracy.value,
  );
});

it("shows the EEGLAB sample run: every model with its interval, the command, and no claim the intervals do not make", async () => {
  const r = report("eeglab-sample-within-subject");
  assert.deepEqual(r.dataset.events, { 1: 0, 2: 1 }, "square trials labelled by position");
  assert.ok(r.command.includes("--label-field") && r.command.includes("position"));
  for (const language of ["en", "zh"] as const) {
    const page = await text(EeglabSampleResults, language);
    for (const model of COMPARED_MODELS)
      assert.ok(page.includes(interval(r.models[model]!.accuracy)), `${language} ${model}`);
    // the pattern ^(eeglab) is quoted for the shell
    assert.ok(page.includes(commandLine(r)), `${language}: command`);
    assert.ok(commandLine(r).includes("'^(eeglab)'"));
  }
  const above = COMPARED_MODELS.filter((m) => r.models[m]!.accuracy.interval[0] > r.chance);
  const page = await text(EeglabSampleResults, "en");
  assert.equal(page.includes("none of the four tells the two positions apart"), above.length === 0);
});

it("the course's trial picture was written by make-trial-picture from the miniature: a fixation, 0400, then the click", () => {
  const path = "components/eeg/own-recordings/trial-picture.json";
  const picture = parseTrialPicture(JSON.parse(readFileSync(path, "utf8")), path);
  assert.deepEqual(picture.command.slice(0, 4), ["npm", "run", "make-trial-picture", "--"]);
  const codes = picture.events.map((e) => e.code);
  assert.equal(codes[0], String(picture.trialIndex).padStart(4, "0"), "the fixation code is the trial's number");
  assert.equal(codes[1], "0400");
  assert.ok(codes[2] === "0500" || codes[2] === "0501");
  assert.equal(picture.events[1].time, 0, "times are from 0400");
  assert.equal(
    picture.behaviour?.cells.trialIndex,
    String(picture.trialIndex),
    "the behaviour row is the same trial's",
  );
  assert.equal(picture.behaviour?.cells.response, codes[2] === "0500" ? "left" : "right", "its response is the click");
  assert.ok(picture.layout.some((f) => /^sub-\d+\/beh\/sub-\d+_task-foodchoice_beh\.tsv$/.test(f)));
});

it("shows the miniature runs on the course page: every model with its interval, and the commands", async () => {
  const eeg = report("foodchoice-mini-within-subject");
  const file = "public/eeg-comparison/foodchoice-mini-trajectories-within-subject.json";
  const within = parseTrajectoryReport(JSON.parse(readFileSync(file, "utf8")), file);
  for (const language of ["en", "zh"] as const) {
    const page = await text(MiniatureResults, language);
    for (const model of COMPARED_MODELS) assert.ok(page.includes(interval(eeg.models[model]!.accuracy)), model);
    for (const model of TRAJECTORY_MODELS) {
      assert.ok(page.includes(interval(within.models[model].accuracy)), `${language} trajectory ${model}`);
      for (const row of within.models[model].perSubject) assert.ok(page.includes(interval(row.accuracy)));
    }
    assert.ok(page.includes(`npm run train-trajectories -- ${within.command.join(" ")}`));
  }
  const gap = 100 * (within.models["lstm-raw"].accuracy.value - within.models["points-lr"].accuracy.value);
  const page = await text(MiniatureResults, "en");
  assert.ok(page.includes(gap < 0 ? `${(-gap).toFixed(1)} points below` : `${gap.toFixed(1)} points above`));
});
