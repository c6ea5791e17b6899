import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { it } from "node:test";
import { writeEdf } from "./fixtures/write-edf";
import { emptyTally } from "./trial-labels";
import { type PreparationOptions, prepareTrials, resolveTimeRanges } from "./trial-preparation";

const dir = mkdtempSync(join(tmpdir(), "prep-"));
const file = (name: string, channels: string[], scale: number, epochStart = 0) => {
  const trials = ["s1", "s2"].flatMap((subject) =>
    [0, 1].map((label) => ({
      id: `${subject}-${label}`,
      subject,
      label,
      samples: Array.from({ length: 100 }, (_, t) =>
        channels.map((_, c) => (c === 0 ? t : scale * 20 * Math.sin(t / 3 + c + label))),
      ),
    })),
  );
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({ format: "eeg-trials", version: 1, samplingRate: 100, epochStart, channels, trials }),
  );
  return path;
};
const options = (data: string, overrides: Partial<PreparationOptions> = {}): PreparationOptions => ({
  data,
  source: {},
  dropChannels: [],
  keepNonEeg: false,
  preprocessing: {
    notchHz: null,
    band: null,
    filterOrder: 4,
    baseline: "auto",
    window: "auto",
    reference: "as-recorded",
    decimate: 1,
  },
  rejectUv: null,
  log: () => {},
  ...overrides,
});

it("leaves out a time column (it would enter the average reference) and says so", async () => {
  const lines: string[] = [];
  const prepared = await prepareTrials(
    options(file("time.json", ["time", "Fz", "Cz"], 1), { log: (l) => lines.push(l) }),
  );
  assert.deepEqual(prepared.channels, ["Fz", "Cz"]);
  assert.deepEqual(prepared.droppedChannels, ["time"]);
  assert.match(lines.join("\n"), /left out time: it looks like non-EEG columns/);
  const kept = await prepareTrials(options(file("time2.json", ["time", "Fz", "Cz"], 1), { keepNonEeg: true }));
  assert.deepEqual(kept.channels, ["time", "Fz", "Cz"]);
});

it("drops named channels and refuses unknown names", async () => {
  const path = file("drop.json", ["Fz", "Cz", "Pz"], 1);
  assert.deepEqual((await prepareTrials(options(path, { dropChannels: ["Cz"] }))).channels, ["Fz", "Pz"]);
  await assert.rejects(
    prepareTrials(options(path, { dropChannels: ["Oz"] })),
    /--drop-channels: no channel Oz in .*drop\.json \(channels: Fz Cz Pz\)/,
  );
  const only = await prepareTrials(options(path, { onlyChannels: ["Pz", "Fz"] }));
  assert.deepEqual([only.channels, only.droppedChannels], [["Pz", "Fz"], ["Cz"]]);
  assert.deepEqual(only.trials[0].samples[5], [20 * Math.sin(5 / 3 + 2), 5], "columns reordered as asked");
});

it("refuses volts", async () => {
  await assert.rejects(
    prepareTrials(options(file("volts.json", ["Fz", "Cz", "Pz"], 1e-6), { keepNonEeg: true, dropChannels: ["Fz"] })),
    /look like volts/,
  );
});

it("keeps trials that start at the stimulus, without a baseline and with the whole trial, and says why", () => {
  const resolved = resolveTimeRanges({ baseline: "auto", window: "auto" }, { samplingRate: 100, epochStart: 0 }, 100);
  assert.equal(resolved.baseline, null);
  assert.equal(resolved.window, null);
  assert.match(resolved.notes[0], /no baseline correction: the trials start at 0 s/);
  assert.match(resolved.notes[1], /whole trials kept \(0 to 1 s\)/);
  const fits = resolveTimeRanges({ baseline: "auto", window: "auto" }, { samplingRate: 100, epochStart: -0.5 }, 150);
  assert.deepEqual([fits.baseline, fits.window, fits.notes], [[-0.2, 0], [-0.2, 0.8], []]);
});

it("reports rejections per subject", async () => {
  const prepared = await prepareTrials(options(file("reject.json", ["Fz", "Cz", "Pz"], 1), { rejectUv: 50 }));
  // Channel Fz ramps 0..99 µV in every trial: all four trials exceed 50 µV.
  assert.deepEqual(prepared.rejectionBySubject, { s1: { trials: 2, rejected: 2 }, s2: { trials: 2, rejected: 2 } });
  assert.equal(prepared.trials.length, 0);
});

it("no stimulus matched: an error listing the codes present", async () => {
  const edf = join(dir, "S009R01.edf");
  writeFileSync(
    edf,
    writeEdf({
      labels: ["Cz"],
      units: ["uV"],
      samplingRate: 10,
      digital: [Array.from({ length: 50 }, (_, i) => i)],
      physical: [-100, 100],
      digitalRange: [-100, 100],
    }),
  );
  writeFileSync(join(dir, "S009R01_events.tsv"), "onset\tduration\ttrial_type\n1\t0\t0400\n2\t0\t0501\n");
  await assert.rejects(
    prepareTrials(
      options(edf, {
        source: {
          epochs: { mapping: { square: 0, circle: 1 }, window: [0, 1], margin: 0 },
          tally: emptyTally(),
        },
      }),
    ),
    /no stimulus matched square, circle; the codes present are 0400 1, 0501 1/,
  );
});
