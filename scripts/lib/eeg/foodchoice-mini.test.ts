import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { findBidsRecordings, readBidsRecording } from "./bids";
import type { EeglabRecording } from "./eeglab";
import { miniDefects } from "./foodchoice-mini";
import { type WrittenMini, writeFoodchoiceMini } from "./foodchoice-mini-files";
import { MINI_CHANNELS } from "./foodchoice-mini-signals";

const OPTIONS = { subjects: 3, trials: 12, samplingRate: 250, seed: 3 };

describe("ds003766 miniature", () => {
  let root = "";
  let written: WrittenMini;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), "foodchoice-mini-"));
    written = await writeFoodchoiceMini(root, OPTIONS);
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("has the real dataset's layout and is read back through the BIDS reader", async () => {
    const recordings = await findBidsRecordings(root, "foodchoice");
    assert.deepEqual(
      recordings.map((r) => [r.subject, r.path.slice(root.length)]),
      [1, 2, 3].map((k) => [`00${k}`, `/sub-00${k}/eeg/sub-00${k}_task-foodchoice_eeg.set`]),
    );
    const data = await readBidsRecording(recordings[0]);
    assert.deepEqual(data.recording.channels, [...MINI_CHANNELS]);
    assert.equal(data.recording.samplingRate, 250);
    assert.equal(data.sidecar?.EEGReference, "E129 (Cz)");
    assert.equal(data.sidecar?.RecordingType, "discontinuous");
    assert.equal(data.channels?.length, MINI_CHANNELS.length);
    assert.ok(
      data.recording.signals[MINI_CHANNELS.indexOf("E129")].every((v) => v === 0),
      "the reference is zero",
    );
    const description = JSON.parse(await readFile(join(root, "dataset_description.json"), "utf8"));
    assert.equal(description.BIDSVersion, "1.6.0");
  });

  it("writes the same markers into the .set and the events.tsv, with the planted defects", async () => {
    const defects = miniDefects(written.options);
    for (const files of await findBidsRecordings(root, "foodchoice")) {
      const data = await readBidsRecording(files);
      const fromTsv = data.events?.map((e) => [e.description, e.onset]) ?? [];
      const fromSet = (data.recording as EeglabRecording).events.map((e) => [e.description, e.onset]);
      assert.deepEqual(fromTsv, fromSet, files.subject);
      const count = (code: string) => fromTsv.filter(([d]) => d === code).length;
      const responses = count("0500") + count("0501");
      assert.equal(count("IEND"), 2);
      assert.equal(count("boundary"), 1);
      assert.equal(
        fromTsv.filter(([d]) => /^0[0-3]\d\d$/.test(String(d))).length,
        OPTIONS.trials,
        "one fixation marker per trial",
      );
      if (files.subject in defects.lostStimulus) assert.equal(count("0400"), OPTIONS.trials - 1);
      else assert.equal(count("0400"), OPTIONS.trials);
      const expectedResponses =
        OPTIONS.trials - (files.subject in defects.lostResponse || files.subject in defects.noResponse ? 1 : 0);
      assert.equal(responses, expectedResponses, files.subject);
      const behaviour = data.behaviour ?? [];
      assert.equal(behaviour.length, OPTIONS.trials);
      assert.deepEqual(
        behaviour.map((b) => b.trialIndex),
        Array.from({ length: OPTIONS.trials }, (_, i) => i),
      );
      const silent = behaviour.filter((b) => b.response === null).map((b) => b.trialIndex);
      assert.deepEqual(silent, files.subject in defects.noResponse ? [defects.noResponse[files.subject]] : []);
    }
  });

  it("matches each response marker to the behaviour table's choice, and trajectories end on the chosen side", async () => {
    const files = (await findBidsRecordings(root, "foodchoice"))[0];
    const data = await readBidsRecording(files);
    const events = data.events ?? [];
    for (const row of data.behaviour ?? []) {
      const fixation = events.findIndex((e) => e.description === String(row.trialIndex).padStart(4, "0"));
      const response = events.slice(fixation + 1).find((e) => e.description === "0500" || e.description === "0501");
      const next = events.slice(fixation + 1).find((e) => /^0[0-3]\d\d$/.test(e.description));
      const trajectory = row.trajectory;
      assert.ok(trajectory && trajectory.x.length === trajectory.t.length && trajectory.x.length > 10);
      if (row.response === null) {
        assert.ok(
          !response || (next && response.onset > next.onset),
          "no response marker inside a trial without a click",
        );
        continue;
      }
      assert.equal(response?.description, row.response === "left" ? "0500" : "0501");
      const last = trajectory.x[trajectory.x.length - 1];
      assert.ok(
        row.response === "left" ? last < -500 : last > 500,
        `trajectory of trial ${row.trialIndex} ends at x=${last}`,
      );
    }
  });

  it("plants a negativity over the side opposite the choice, 250–350 ms after 0400", async () => {
    const files = (await findBidsRecordings(root, "foodchoice"))[1];
    const data = await readBidsRecording(files);
    const recording = data.recording;
    const rate = recording.samplingRate;
    const stimuli = (data.events ?? []).filter((e) => e.description === "0400");
    const choiceAfter = (onset: number) =>
      (data.events ?? []).find((e) => e.onset > onset && (e.description === "0500" || e.description === "0501"))
        ?.description;
    // Right-minus-left posterior difference (E92 − E52) in the window, minus its pre-stimulus value.
    const lateral = (onset: number) => {
      const [right, left] = ["E92", "E52"].map((name) => recording.signals[recording.channels.indexOf(name)]);
      const mean = (from: number, to: number) => {
        let sum = 0;
        for (let t = Math.round((onset + from) * rate); t < Math.round((onset + to) * rate); t++)
          sum += right[t] - left[t];
        return sum / Math.round((to - from) * rate);
      };
      return mean(0.25, 0.35) - mean(-0.2, 0);
    };
    const byChoice = { "0500": [] as number[], "0501": [] as number[] };
    for (const stimulus of stimuli) {
      const choice = choiceAfter(stimulus.onset);
      if (choice === "0500" || choice === "0501") byChoice[choice].push(lateral(stimulus.onset));
    }
    const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    assert.ok(average(byChoice["0500"]) < average(byChoice["0501"]) - 6, JSON.stringify(byChoice));
  });
});
