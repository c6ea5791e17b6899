import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { create } from "tar";
import { writeEdf } from "./fixtures/write-edf";
import { writeFoodchoiceMini } from "./foodchoice-mini-files";
import { readTrialChunks, type TrialChunk } from "./trial-source";

const collect = async (path: string, options: Parameters<typeof readTrialChunks>[1]) => {
  const chunks: TrialChunk[] = [];
  for await (const chunk of readTrialChunks(path, options)) chunks.push(chunk);
  return chunks;
};
const fixture = new URL("./fixtures/S001R04-slice.edf", import.meta.url).pathname;

describe("readTrialChunks from recordings", () => {
  it("reads recordings packed in a .tar.gz like the same folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "archive-"));
    mkdirSync(join(dir, "set", "S001"), { recursive: true });
    copyFileSync(fixture, join(dir, "set", "S001", "S001R04.edf"));
    const archive = join(dir, "set.tar.gz");
    await create({ gzip: true, file: archive, cwd: dir }, ["set"]);
    const options: Parameters<typeof readTrialChunks>[1] = {
      epochs: { mapping: { T2: 1 }, window: [0, 2], margin: 0.5 },
    };
    const [packed, folder] = [await collect(archive, options), await collect(join(dir, "set"), options)];
    assert.equal(packed.length, 1);
    assert.deepEqual(
      packed.map((c) => c.trials),
      folder.map((c) => c.trials),
    );
  });

  it("cuts the real slice around its EDF+ annotations, subject from the file name", async () => {
    const lines: string[] = [];
    const [chunk, ...rest] = await collect(fixture, {
      epochs: { mapping: { T0: 0, T2: 1 }, window: [0, 2], margin: 0.5 },
      subjectPattern: "^(S\\d+)",
      log: (l) => lines.push(l),
    });
    assert.equal(rest.length, 0);
    assert.deepEqual(chunk.channels, ["C3", "Cz", "C4"]);
    assert.equal(chunk.epochStart, -0.5);
    // The slice is 10 s long. T0 at 0 s has no room for the 0.5 s margin before it, and T0 at
    // 8.3 s would run to 10.8 s: both skipped. T2 at 4.2 s gives (0.5 + 2 + 0.5) s x 160 Hz = 480 samples.
    assert.deepEqual(
      chunk.trials.map((t) => [t.id, t.subject, t.label, t.samples.length]),
      [["S001R04-slice-T2@4.2s", "S001", 1, 480]],
    );
    assert.match(lines[0], /markers T0 2, T2 1; 1 trials, 2 events too near the recording's ends skipped/);
  });

  it("takes events from a BIDS events.tsv beside the recording, with the chosen column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bids-"));
    mkdirSync(join(dir, "sub-01", "eeg"), { recursive: true });
    const base = join(dir, "sub-01", "eeg", "sub-01_task-food");
    writeFileSync(
      `${base}_eeg.edf`,
      writeEdf({
        labels: ["Cz"],
        units: ["uV"],
        samplingRate: 10,
        digital: [Array.from({ length: 50 }, (_, i) => i)],
        physical: [-100, 100],
        digitalRange: [-100, 100],
      }),
    );
    writeFileSync(
      `${base}_events.tsv`,
      "onset\tduration\ttrial_type\tchoice\n1\t0\timage\tapple\n2.5\t0\timage\tcake\n",
    );
    const [chunk] = await collect(dir, {
      epochs: { mapping: { apple: 0, cake: 1 }, window: [0, 1], margin: 0 },
      eventsColumn: "choice",
    });
    assert.deepEqual(
      chunk.trials.map((t) => [t.subject, t.label, t.samples[0][0]]),
      [
        ["01", 0, 10],
        ["01", 1, 25],
      ],
    );
  });

  it("reads a BIDS root of EEGLAB .set files by --task (the ds003766 miniature), events.tsv with a byte-order mark", async () => {
    const root = mkdtempSync(join(tmpdir(), "foodchoice-"));
    const written = await writeFoodchoiceMini(root, { subjects: 2, trials: 6, samplingRate: 100, seed: 2 });
    const lines: string[] = [];
    const chunks = await collect(root, {
      task: "foodchoice",
      epochs: { mapping: { "0500": 0, "0501": 1 }, window: [-0.2, 0.8], margin: 0.5 },
      log: (line) => lines.push(line),
    });
    assert.deepEqual(
      chunks.map((c) => [c.source.slice(root.length), c.channels.length, c.samplingRate, c.epochStart]),
      [
        ["/sub-001/eeg/sub-001_task-foodchoice_eeg.set", 14, 100, -0.7],
        ["/sub-002/eeg/sub-002_task-foodchoice_eeg.set", 14, 100, -0.7],
      ],
    );
    chunks.forEach((chunk, k) => {
      const clicks = written.subjects[k].events.filter((e) => e.type === "0500" || e.type === "0501");
      assert.deepEqual(
        chunk.trials.map((t) => [t.subject, t.label]),
        clicks.map((e) => [written.subjects[k].label, e.type === "0501" ? 1 : 0]),
      );
    });
    assert.match(
      lines[0],
      /sub-001_task-foodchoice_eeg\.set: subject 001, 14 channels at 100 Hz; markers IEND 2, 0000…0005 once each, 0400 6, 0501 2, 0500 3, boundary 1; 5 trials$/,
    );
    await assert.rejects(
      collect(root, { task: "wordchoice", epochs: { mapping: { a: 0, b: 1 }, window: [0, 1], margin: 0 } }),
      /its tasks: foodchoice \(2 recordings\)/,
    );
  });

  it("asks for --events when given recordings without them", async () => {
    await assert.rejects(
      collect(fixture, {}),
      /holds recordings: say which events become trials, e.g. --events T1=0,T2=1/,
    );
  });
});

describe("readTrialChunks from trial files: errors name the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "trials-"));
  it("JSON with NaN (as Python's json.dump writes it)", async () => {
    const path = join(dir, "nan.json");
    writeFileSync(
      path,
      '{"format":"eeg-trials","version":1,"samplingRate":100,"epochStart":0,"channels":["Cz"],"trials":[{"id":"a","subject":"s","label":0,"samples":[[NaN]]}]}',
    );
    await assert.rejects(
      collect(path, {}),
      /nan\.json: not valid JSON .*contains NaN or Infinity, which JSON does not allow \(Python's json\.dump/,
    );
  });
  it("a JSON file whose trial is malformed", async () => {
    const path = join(dir, "bad.json");
    writeFileSync(
      path,
      '{"format":"eeg-trials","version":1,"samplingRate":100,"epochStart":0,"channels":["Cz"],"trials":[{"id":"a","subject":"s","label":2,"samples":[[1]]}]}',
    );
    await assert.rejects(collect(path, {}), /bad\.json: trial 0 \("a"\): "label" must be 0 or 1/);
  });
  it("an empty file and a CSV with a header but no rows", async () => {
    writeFileSync(join(dir, "empty.json"), "");
    await assert.rejects(collect(join(dir, "empty.json"), {}), /empty\.json: the file is empty/);
    writeFileSync(join(dir, "header.csv"), "trial,subject,label,Cz\n");
    await assert.rejects(
      collect(join(dir, "header.csv"), { timing: { samplingRate: 100, epochStart: 0 } }),
      /header\.csv: the header is there but no data rows follow/,
    );
  });
});
