import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, rm, truncate, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { EeglabError, type EeglabRecording, readEeglab } from "./eeglab";
import { continuousFixture, epochedFixture } from "./eeglab-fixtures";
import { writeEeglab } from "./eeglab-writer";
import { readRecordingFile } from "./recording-file";

describe("EEGLAB reader", () => {
  let folder = "";
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "eeglab-test-"));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("reads a continuous .set with its .fdt: channels, rate, reference, samples, every event field", async () => {
    const fixture = continuousFixture();
    const path = join(folder, "continuous.set");
    await writeEeglab(path, fixture);
    const read = await readEeglab(path);
    assert.deepEqual(read.channels, ["E36", "E104", "E8"]);
    assert.deepEqual(read.channelTypes, ["EEG", "EEG", "EOG"]);
    assert.equal(read.samplingRate, 250);
    assert.equal(read.reference, "E129");
    assert.equal(read.epochs, null);
    assert.equal(read.samplesFile, join(folder, "continuous.fdt"));
    read.signals.forEach((signal, c) => {
      assert.deepEqual(signal, fixture.signals[c]);
    });
    assert.deepEqual(
      read.events.map((e) => [e.type, e.latency, e.onset, e.duration, e.description]),
      [
        ["IEND", 1, 0, 0, "IEND"],
        ["0400", 101.5, 0.402, 0, "0400"],
        ["boundary", 500.5, 1.998, 0.1, "boundary"],
        [7, 700, 2.796, 0, "7"],
      ],
    );
    assert.deepEqual(read.events[1].fields, { type: "0400", latency: 101.5, duration: 0, position: 1, urevent: 2 });
    assert.equal(read.events[2].fields.urevent, null, "an empty field is null");
    assert.equal(read.events[0].fields.position, null, "a field only other events have is null");
  });

  it("reads an epoched dataset whose samples are inside the .set, in the older one-variable layout", async () => {
    const fixture = epochedFixture();
    const path = join(folder, "epochs.set");
    await writeEeglab(path, fixture, { samplesInSet: true, layout: "struct" });
    const read = await readEeglab(path);
    assert.deepEqual(read.epochs, { count: 3, length: 100, start: -0.2 });
    assert.equal(read.samplesFile, path);
    assert.deepEqual(read.signals[1], fixture.signals[1]);
    assert.deepEqual(
      read.events.map((e) => [e.type, e.epoch, e.fields.position]),
      [
        ["0400", 1, 1],
        ["0500", 1, 1],
        ["0400", 2, 2],
        ["0400", 3, 1],
      ],
    );
  });

  it("readRecordingFile takes .set files like .edf files", async () => {
    const path = join(folder, "by-extension.set");
    await writeEeglab(path, continuousFixture());
    let bytesSeen = 0;
    const recording = (await readRecordingFile(path, {
      onBytes: (chunk) => (bytesSeen += chunk.length),
    })) as EeglabRecording;
    assert.equal(recording.format, "EEGLAB");
    const sizes = (await readFile(path)).length + (await readFile(join(folder, "by-extension.fdt"))).length;
    assert.equal(bytesSeen, sizes, "onBytes sees the .set and the .fdt");
    assert.equal(recording.events.length, 4);
    await assert.rejects(readRecordingFile(join(folder, "x.vhdr")), /not a recording this project reads/);
  });

  it("names both files and both sizes when the .fdt is missing or shorter than the header says", async () => {
    const path = join(folder, "broken.set");
    await writeEeglab(path, continuousFixture());
    const setBytes = (await readFile(path)).length.toLocaleString("en-US");
    await truncate(join(folder, "broken.fdt"), 5000);
    await assert.rejects(
      readEeglab(path),
      (error: Error) =>
        error instanceof EeglabError &&
        error.message.includes(`${join(folder, "broken.fdt")} holds 5,000 bytes`) &&
        error.message.includes(`${path} (${setBytes} bytes)`) &&
        error.message.includes("3 channels × 1,000 samples of float32 = 12,000 bytes"),
    );
    await unlink(join(folder, "broken.fdt"));
    await assert.rejects(
      readEeglab(path),
      (error: Error) =>
        error instanceof EeglabError &&
        error.message.includes(path) &&
        error.message.includes(join(folder, "broken.fdt")) &&
        error.message.includes("12,000 bytes") &&
        error.message.includes("missing"),
    );
  });

  it("reads an .fdt renamed with its .set, and warns about bytes beyond what the header describes", async () => {
    const path = join(folder, "original.set");
    await writeEeglab(path, continuousFixture());
    await copyFile(path, join(folder, "renamed.set"));
    const fdt = await readFile(join(folder, "original.fdt"));
    await writeFile(join(folder, "renamed.fdt"), Buffer.concat([fdt, Buffer.alloc(8)]));
    await unlink(join(folder, "original.fdt"));
    const read = await readEeglab(join(folder, "renamed.set"));
    assert.deepEqual(read.signals[2], continuousFixture().signals[2]);
    assert.equal(read.samplesFile, join(folder, "renamed.fdt"));
    assert.equal(read.warnings.length, 2);
    assert.match(read.warnings[0], /EEG\.data names original\.fdt, which is not there; read renamed\.fdt instead/);
    assert.match(read.warnings[1], /12,008 bytes, 8 more than/);
  });
});
