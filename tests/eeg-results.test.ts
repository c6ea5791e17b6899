/**
 * The EEG page's result sections say what the committed metadata says: numbers with
 * their intervals, and verdicts computed from them (not written by hand).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { createElement, type FunctionComponent } from "react";
import { renderToReadableStream } from "react-dom/server";
import { RealEegResults } from "../components/learn/eeg/real-eeg-results";
import { EegDemoResults } from "../components/learn/eeg-demo-results";
import type { Proportion, SequenceMetadata } from "../lib/sequence-metadata";

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
const metadata = (folder: string) =>
  JSON.parse(readFileSync(`public/${folder}/metadata.json`, "utf8")) as SequenceMetadata;

it("shows both real runs' LSTM and baseline accuracies with intervals, and a verdict that matches them", async () => {
  const page = await text(RealEegResults, "en");
  for (const folder of ["eeg-real", "eeg-real-mu"]) {
    const s = metadata(folder);
    const h = s.heldOut!;
    assert.ok(page.includes(interval(h.lstm.accuracy)), `${folder}: LSTM ${interval(h.lstm.accuracy)}`);
    assert.ok(page.includes(interval(h.baseline.accuracy)), `${folder}: baseline`);
    for (const row of h.lstm.perSubject) assert.ok(page.includes(`${row.subject} ${interval(row.accuracy)}`));
    assert.ok(page.includes(`LSTM ${percent(s.crossValidation!.lstm.mean)} ± ${percent(s.crossValidation!.lstm.std)}`));
    const beats = h.lstm.accuracy.interval[0] > h.chance;
    assert.ok(page.includes(beats ? "the LSTM beats chance" : "the LSTM does not beat chance"));
  }
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
  assert.equal(
    page.includes("so here the LSTM loses to it"),
    s.heldOut!.lstm.accuracy.value < s.heldOut!.baseline.accuracy.value,
  );
});
