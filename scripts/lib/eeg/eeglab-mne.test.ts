/**
 * The EEGLAB reader against MNE-Python: on fixtures written here (every run) and on the real
 * EEGLAB files in ../shared/data/eeglab-sample/ when they are there (the test says which files it
 * compared, or that it skipped them). MNE comes from Debian's python3-mne on /usr/bin/python3,
 * installed by scripts/ensure-mne.sh when missing (as `npm test` does for the Python tests).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { type EeglabRecording, readEeglab } from "./eeglab";
import { continuousFixture, epochedFixture } from "./eeglab-fixtures";
import { writeEeglab } from "./eeglab-writer";
import { writeFoodchoiceMini } from "./foodchoice-mini-files";
import { compareWithMne, type MneFileDump, readWithMne, SAMPLE_TOLERANCE } from "./mne-agreement";

const repository = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the shared EEGLAB sample files are, if anywhere. */
function sharedSampleFolder(): string | null {
  const candidates = [join(repository, "../shared/data/eeglab-sample"), "/work/shared/data/eeglab-sample"];
  return candidates.find((folder) => existsSync(folder)) ?? null;
}

/** Installs Debian's python3-mne when missing (as root; otherwise says how), as `npm test` does later. */
function ensureMne(): void {
  const ensure = spawnSync("bash", [join(repository, "scripts/ensure-mne.sh")], { encoding: "utf8" });
  assert.equal(ensure.status, 0, `MNE-Python is needed for this test: ${ensure.stderr}`);
}

/** What MNE would return for a continuous recording read exactly as we read it. */
function dumpOf(recording: EeglabRecording): MneFileDump {
  const points = recording.signals[0].length;
  const volts = new Float64Array(recording.channels.length * points);
  recording.signals.forEach((signal, c) => {
    for (let t = 0; t < points; t++) volts[c * points + t] = signal[t] * 1e-6;
  });
  return {
    file: "fixture",
    kind: "raw",
    channels: [...recording.channels],
    sfreq: recording.samplingRate,
    shape: [recording.channels.length, points],
    data: Buffer.from(volts.buffer).toString("base64"),
    events: recording.events.map((e) => ({
      onsetSamples: e.latency - 1,
      duration: e.duration,
      description: e.description,
    })),
  };
}

describe("EEGLAB reader agrees with MNE", () => {
  let folder = "";
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "eeglab-mne-"));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("the comparison notices a changed sample, channel name or event", async () => {
    const path = join(folder, "compare.set");
    await writeEeglab(path, continuousFixture());
    const ours = await readEeglab(path);
    assert.deepEqual(compareWithMne(ours, dumpOf(ours)).problems, []);
    const changed = dumpOf(ours);
    const volts = new Float64Array(new Uint8Array(Buffer.from(changed.data, "base64")).buffer);
    volts[17] *= 1 + 1e-5;
    changed.data = Buffer.from(volts.buffer).toString("base64");
    changed.channels[1] = "E105";
    changed.events[1].description = "0401";
    const found = compareWithMne(ours, changed);
    assert.ok(found.maxRelativeError > SAMPLE_TOLERANCE);
    assert.equal(found.problems.length, 3, found.problems.join("\n"));
  });

  it("on fixtures written here (continuous with .fdt; epoched with samples inside the .set)", async () => {
    ensureMne();
    const files = [join(folder, "continuous.set"), join(folder, "epochs.set")];
    await writeEeglab(files[0], continuousFixture());
    await writeEeglab(files[1], epochedFixture(), { samplesInSet: true, layout: "struct" });
    const dumps = readWithMne(files);
    for (const [i, file] of files.entries()) {
      const agreement = compareWithMne(await readEeglab(file), dumps[i]);
      assert.deepEqual(agreement.problems, [], file);
      assert.ok(agreement.maxRelativeError <= SAMPLE_TOLERANCE);
    }
  });

  it("on .set files written by SciPy's savemat (as mne-bids and eeglabio write them), compressed or not", async () => {
    ensureMne();
    const files = [join(folder, "scipy-v7.set"), join(folder, "scipy-v6.set")];
    files.forEach((file, i) => {
      const made = spawnSync(
        "/usr/bin/python3",
        [join(repository, "python/eeglab_scipy_fixture.py"), file, i === 0 ? "1" : "0"],
        {
          encoding: "utf8",
        },
      );
      assert.equal(made.status, 0, made.stderr);
    });
    const dumps = readWithMne(files);
    for (const [i, file] of files.entries()) {
      const ours = await readEeglab(file);
      assert.deepEqual(ours.channelTypes, ["EEG", "EEG", "EOG"]);
      assert.equal(ours.reference, "averef");
      assert.deepEqual(
        ours.events.map((e) => [e.description, e.latency, e.duration, e.fields.position]),
        [
          ["square", 10, 0, 1],
          ["rt", 55.5, 0, null],
          ["boundary", 120, 0.12, 2],
        ],
      );
      assert.deepEqual(compareWithMne(ours, dumps[i]).problems, [], file);
    }
  });

  it("on the ds003766 miniature written by make-foodchoice-mini", async () => {
    const mini = join(folder, "mini");
    ensureMne();
    const written = await writeFoodchoiceMini(mini, { subjects: 2, trials: 6, samplingRate: 250, seed: 5 });
    const files = written.subjects.map((s) => join(mini, `sub-${s.label}/eeg/sub-${s.label}_task-foodchoice_eeg.set`));
    const dumps = readWithMne(files);
    for (const [i, file] of files.entries()) {
      const agreement = compareWithMne(await readEeglab(file), dumps[i]);
      assert.deepEqual(agreement.problems, [], file);
      assert.equal(agreement.events, written.subjects[i].events.length);
    }
  });

  it("on every .set in ../shared/data/eeglab-sample/ (skipped, and said so, when it is not there)", async (t) => {
    const shared = sharedSampleFolder();
    if (!shared) {
      const note =
        "eeglab-sample comparison SKIPPED: neither ../shared/data/eeglab-sample nor /work/shared/data/eeglab-sample exists";
      console.log(note);
      t.diagnostic(note);
      return;
    }
    const files = (await readdir(shared, { recursive: true }))
      .map(String)
      .filter((file) => file.endsWith(".set"))
      .sort()
      .map((file) => join(shared, file));
    assert.ok(files.length >= 3, `expected the three EEGLAB sample files in ${shared}, found ${files.length}`);
    ensureMne();
    const dumps = readWithMne(files);
    for (const [i, file] of files.entries()) {
      const agreement = compareWithMne(await readEeglab(file), dumps[i]);
      const line =
        `compared with MNE: ${relative(shared, file)} (${agreement.kind}, ${agreement.channels} channels, ` +
        `${agreement.samples} samples, ${agreement.events} events): max relative error ${agreement.maxRelativeError.toExponential(2)}`;
      console.log(line);
      t.diagnostic(line);
      assert.deepEqual(agreement.problems, [], file);
    }
  });
});
