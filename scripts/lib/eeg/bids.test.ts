import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { findBidsRecordings, isBidsRoot, listBidsTasks, readBidsRecording } from "./bids";
import { behaviourTrials, bidsEvents, parseNumberList, parseTsv } from "./bids-tables";
import { continuousFixture } from "./eeglab-fixtures";
import { writeEeglab } from "./eeglab-writer";

describe("BIDS tables", () => {
  it("reads events.tsv with a byte-order mark, n/a cells and extra columns", () => {
    const table = parseTsv(
      "\uFEFFonset\tduration\ttrial_type\tsample\tposition\r\n1.5\tn/a\t0400\t750\t2\n2\t0\tn/a\t1000\t1\n",
      "e.tsv",
    );
    assert.deepEqual(table.columns, ["onset", "duration", "trial_type", "sample", "position"]);
    const events = bidsEvents(table, "e.tsv");
    assert.equal(events.length, 1, "a row without a marker is left out");
    assert.deepEqual(
      { ...events[0], fields: undefined },
      { onset: 1.5, duration: 0, description: "0400", sample: 750, fields: undefined },
    );
    assert.equal(events[0].fields.position, "2");
    assert.throws(() => bidsEvents(table, "e.tsv", "value"), /e\.tsv: no "value" column .*--events-column/);
  });

  it("reads behaviour rows: choices, missing responses and trajectory lists", () => {
    const text =
      "trialIndex\tleft_option\tright_option\tresponse\tresponse_time\txTrajectory\tyTrajectory\ttTrajectory\n" +
      "0\ta.jpg\tb.jpg\tleft\t1.234\t[0.0, -12.5, -760.0]\t[-490.0, 0.0, 390.0]\t[0.0, 0.0167, 0.0333]\n" +
      "1\tc.jpg\td.jpg\t\t\t[0.0]\t[-490.0]\t[0.0]\n";
    const rows = behaviourTrials(parseTsv(text, "b.tsv"), "b.tsv");
    assert.equal(rows[0].response, "left");
    assert.equal(rows[0].responseTime, 1.234);
    assert.deepEqual(rows[0].trajectory, { x: [0, -12.5, -760], y: [-490, 0, 390], t: [0, 0.0167, 0.0333] });
    assert.equal(rows[1].trialIndex, 1);
    assert.equal(rows[1].response, null);
    assert.equal(rows[1].responseTime, null);
    assert.deepEqual(parseNumberList("1 2,3, nan", "here").slice(0, 3), [1, 2, 3]);
    assert.throws(() => parseNumberList("[1, x]", "b.tsv line 2, xTrajectory"), /b\.tsv line 2, xTrajectory: "x"/);
    const uneven = text.replace("[0.0, 0.0167, 0.0333]", "[0.0, 0.0167]");
    assert.throws(
      () => behaviourTrials(parseTsv(uneven, "b.tsv"), "b.tsv"),
      /line 2: trajectory lists differ in length/,
    );
  });
});

describe("BIDS dataset folders", () => {
  let root = "";
  const touch = async (relative: string, text = "") => {
    await mkdir(dirname(join(root, relative)), { recursive: true });
    await writeFile(join(root, relative), text);
  };
  before(async () => {
    root = await mkdtemp(join(tmpdir(), "bids-test-"));
    await touch("dataset_description.json", '{"Name": "t", "BIDSVersion": "1.6.0"}');
    await touch("task-foodchoice_eeg.json", '\uFEFF{"PowerLineFrequency": 50}');
    for (const run of ["1", "2"]) {
      const stem = `sub-07/ses-a/eeg/sub-07_ses-a_task-foodchoice_run-${run}`;
      await mkdir(join(root, dirname(stem)), { recursive: true });
      await writeEeglab(join(root, `${stem}_eeg.set`), continuousFixture());
      await touch(`${stem}_events.tsv`, "onset\tduration\ttrial_type\n0.4\t0\t0400\n");
      await touch(
        `sub-07/ses-a/beh/sub-07_ses-a_task-foodchoice_run-${run}_beh.tsv`,
        "trialIndex\tresponse\n0\tright\n",
      );
    }
    await touch("sub-07/ses-a/eeg/sub-07_ses-a_task-foodchoice_run-1_eeg.edf", "not read: the .set is preferred");
    await touch("sub-08/eeg/sub-08_task-resting_eeg.edf");
    await touch("derivatives/eeglab/sub-09/eeg/sub-09_task-foodchoice_eeg.set", "derivatives are not raw data");
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("finds one task's recordings with sessions and runs, and the files beside each", async () => {
    assert.equal(await isBidsRoot(root), true);
    const found = await findBidsRecordings(root, "foodchoice");
    assert.deepEqual(
      found.map((r) => [r.subject, r.session, r.run, r.path.slice(root.length)]),
      [
        ["07", "a", "1", "/sub-07/ses-a/eeg/sub-07_ses-a_task-foodchoice_run-1_eeg.set"],
        ["07", "a", "2", "/sub-07/ses-a/eeg/sub-07_ses-a_task-foodchoice_run-2_eeg.set"],
      ],
    );
    assert.equal(found[1].behaviourTsv, join(root, "sub-07/ses-a/beh/sub-07_ses-a_task-foodchoice_run-2_beh.tsv"));
    assert.equal(found[0].sidecarJson, join(root, "task-foodchoice_eeg.json"), "the root sidecar is inherited");
    assert.equal(found[0].channelsTsv, null);
    const data = await readBidsRecording(found[1]);
    assert.equal(data.events?.[0].description, "0400");
    assert.equal(data.behaviour?.[0].response, "right");
    assert.deepEqual(data.sidecar, { PowerLineFrequency: 50 });
    assert.equal(data.recording.channels.length, 3);
  });

  it("lists the tasks that are there when none is for --task", async () => {
    assert.deepEqual(
      [...(await listBidsTasks(root))],
      [
        ["foodchoice", 2],
        ["resting", 1],
      ],
    );
    await assert.rejects(
      findBidsRecordings(root, "wordchoice"),
      /no sub-\*\/eeg\/\*_task-wordchoice_eeg\.set, \.edf or \.bdf; its tasks: foodchoice \(2 recordings\), resting \(1 recording\)/,
    );
  });
});
