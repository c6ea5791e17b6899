import assert from "node:assert/strict";
import { it } from "node:test";
import { checkMicrovolts, findBadChannels, nonEegChannels } from "./channel-check";

it("recognises non-EEG columns by name", () => {
  assert.deepEqual(nonEegChannels(["time", "Fz", "Cz", "TRIGGER", "VEOG", "EOG1", "ECG", "Status", "M1", "Pz"]), [
    "time",
    "TRIGGER",
    "VEOG",
    "EOG1",
    "ECG",
    "Status",
    "M1",
  ]);
});

it("refuses values that look like volts, with the fix", () => {
  const trial = (scale: number) =>
    Array.from({ length: 10 }, (_, t) => [Math.sin(t) * 20 * scale, Math.cos(t) * 20 * scale]);
  assert.throws(() => checkMicrovolts([trial(1e-6)]), /look like volts, not microvolts\. Multiply by 1e6/);
  assert.doesNotThrow(() => checkMicrovolts([trial(1)]));
});

it("flags a broken (noisy) and a disconnected (flat) channel per subject", () => {
  const trials = ["s1", "s2"].flatMap((subject) =>
    Array.from({ length: 4 }, (_, k) => ({
      subject,
      samples: Array.from({ length: 20 }, (_, t) => [
        10 * Math.sin(t + k),
        12 * Math.cos(t),
        subject === "s1" ? 300 * Math.sin(3 * t) : 8 * Math.sin(t),
        subject === "s2" ? 0 : 9 * Math.cos(2 * t),
      ]),
    })),
  );
  const problems = findBadChannels(trials, ["Fz", "Cz", "Pz", "Oz"]).map((p) => [p.subject, p.channel, p.kind]);
  assert.deepEqual(problems, [
    ["s1", "Pz", "noisy"],
    ["s2", "Oz", "flat"],
  ]);
});
