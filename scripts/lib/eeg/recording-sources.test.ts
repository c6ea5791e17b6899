import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { writeFoodchoiceMini } from "./foodchoice-mini-files";
import { recordingSources } from "./recording-sources";

describe("recording sources", () => {
  let folder = "";
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "sources-"));
    await writeFoodchoiceMini(join(folder, "mini"), { subjects: 2, trials: 4, samplingRate: 100, seed: 1 });
    await mkdir(join(folder, "plain", "deeper"), { recursive: true });
    await writeFile(join(folder, "plain", "a.edf"), "");
    await writeFile(join(folder, "plain", "deeper", "b_eeg.set"), "");
    await writeFile(join(folder, "plain", "deeper", "b_events.tsv"), "onset\tduration\ttrial_type\n");
    await writeFile(join(folder, "plain", "notes.txt"), "");
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("takes a BIDS root's recordings of one task, with their events.tsv", async () => {
    const sources = await recordingSources([join(folder, "mini")], "foodchoice");
    assert.deepEqual(
      sources.map((s) => [s.path.slice(folder.length), s.eventsTsv?.slice(folder.length), s.bids?.subject]),
      [
        [
          "/mini/sub-001/eeg/sub-001_task-foodchoice_eeg.set",
          "/mini/sub-001/eeg/sub-001_task-foodchoice_events.tsv",
          "001",
        ],
        [
          "/mini/sub-002/eeg/sub-002_task-foodchoice_eeg.set",
          "/mini/sub-002/eeg/sub-002_task-foodchoice_events.tsv",
          "002",
        ],
      ],
    );
  });

  it("uses a BIDS root's only task without --task, and says so", async () => {
    const lines: string[] = [];
    const sources = await recordingSources([join(folder, "mini")], undefined, (line) => lines.push(line));
    assert.equal(sources.length, 2);
    assert.match(lines[0], /BIDS dataset, task foodchoice \(the only one\)/);
  });

  it("searches plain folders for .edf, .bdf and .set, and refuses --task there", async () => {
    const sources = await recordingSources([join(folder, "plain")], undefined);
    assert.deepEqual(
      sources.map((s) => [s.path.slice(folder.length), s.eventsTsv?.slice(folder.length) ?? null]),
      [
        ["/plain/a.edf", null],
        ["/plain/deeper/b_eeg.set", "/plain/deeper/b_events.tsv"],
      ],
    );
    await assert.rejects(
      recordingSources([join(folder, "plain")], "foodchoice"),
      /--task foodchoice needs a BIDS dataset root/,
    );
    await assert.rejects(recordingSources([join(folder, "mini")], "resting"), /its tasks: foodchoice \(2 recordings\)/);
  });
});
