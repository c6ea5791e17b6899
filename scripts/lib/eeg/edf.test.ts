import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseTals, RecordingFormatError, readEdf, toMicrovolts } from "./edf";
import { writeEdf } from "./fixtures/write-edf";

const slice = readFileSync(new URL("./fixtures/S001R04-slice.edf", import.meta.url));

describe("readEdf on a real EDF+ slice (PhysioNet EEGMMIDB S001R04)", () => {
  const recording = readEdf(slice, "S001R04-slice.edf");
  it("reads the header: EDF+C, channel labels without BCI2000's dots, 160 Hz, µV", () => {
    assert.equal(recording.format, "EDF+C");
    assert.deepEqual(recording.channels, ["C3", "Cz", "C4"]);
    assert.equal(recording.samplingRate, 160);
    assert.deepEqual(recording.units, ["uV", "uV", "uV"]);
    assert.equal(recording.signals.length, 3);
    assert.equal(recording.signals[0].length, 1600);
  });
  it("scales samples to µV (1 µV per bit in this file: digital -8092..8092 = physical -8092..8092)", () => {
    // The first three int16 values of C3 in the original file, read with Python's struct.
    assert.deepEqual([...recording.signals[0].slice(0, 3)], [4, -27, -71]);
  });
  it("reads the events from the TALs, without the timekeeping ones", () => {
    assert.deepEqual(recording.events, [
      { onset: 0, duration: 4.2, description: "T0" },
      { onset: 4.2, duration: 4.1, description: "T2" },
      { onset: 8.3, duration: 4.2, description: "T0" },
    ]);
  });
});

describe("readEdf on written files", () => {
  const digital = [
    [0, 1, -1, 100],
    [-100, 50, 25, 0],
  ];
  it("reads 24-bit BDF samples, negative ones included, and converts mV to µV", () => {
    const bytes = writeEdf({
      bdf: true,
      labels: ["A", "B"],
      units: ["mV", "mV"],
      samplingRate: 2,
      digital: [
        [0, -1, 8388607, -8388608],
        [1, 2, 3, 4],
      ],
      physical: [-1, 1],
      digitalRange: [-8388608, 8388607],
    });
    const recording = readEdf(bytes, "x.bdf");
    assert.equal(recording.format, "BDF");
    const gain = 2 / (8388607 + 8388608);
    const expected = [0, -1, 8388607, -8388608].map((d) => ((d + 8388608) * gain - 1) * 1000);
    recording.signals[0].forEach((value, i) =>
      assert.ok(Math.abs(value - expected[i]) < 1e-3, `${value} vs ${expected[i]}`),
    );
  });
  it("applies the digital-to-physical mapping with an offset", () => {
    const recording = readEdf(
      writeEdf({
        labels: ["A", "B"],
        units: ["uV", "uV"],
        samplingRate: 2,
        digital,
        physical: [0, 200],
        digitalRange: [-100, 100],
      }),
      "x.edf",
    );
    assert.deepEqual([...recording.signals[1]], [0, 150, 125, 100]);
    assert.equal(recording.format, "EDF");
  });
  it("collects one annotation per record", () => {
    const recording = readEdf(
      writeEdf({
        labels: ["A"],
        units: ["uV"],
        samplingRate: 2,
        digital: [[1, 2, 3, 4]],
        physical: [-10, 10],
        digitalRange: [-10, 10],
        annotations: ["+0.5\x15 1\x14left\x14\x00", "+1.25\x14right\x14\x00"],
      }),
      "x.edf",
    );
    assert.deepEqual(recording.events, [
      { onset: 0.5, duration: 1, description: "left" },
      { onset: 1.25, duration: 0, description: "right" },
    ]);
  });
  it("refuses a cut-short file, EDF+D and a non-EDF file, naming the file", () => {
    const bytes = writeEdf({
      labels: ["A", "B"],
      units: ["uV", "uV"],
      samplingRate: 2,
      digital,
      physical: [0, 200],
      digitalRange: [-100, 100],
    });
    assert.throws(
      () => readEdf(bytes.subarray(0, bytes.length - 3), "short.edf"),
      /short\.edf: header promises 2 data records but the file holds 1: it was cut short/,
    );
    assert.throws(
      () =>
        readEdf(
          writeEdf({
            reserved: "EDF+D",
            labels: ["A"],
            units: ["uV"],
            samplingRate: 2,
            digital: [[1, 2]],
            physical: [0, 1],
            digitalRange: [0, 1],
          }),
          "d.edf",
        ),
      /d\.edf: EDF\+D/,
    );
    assert.throws(
      () => readEdf(new TextEncoder().encode("trial,subject\n".padEnd(300)), "t.csv"),
      RecordingFormatError,
    );
  });
});

describe("parseTals and units", () => {
  it("splits several annotations of one onset and skips padding", () => {
    assert.deepEqual(parseTals(new TextEncoder().encode("+3\x15\x32\x14a\x14b\x14\x00\x00\x00")), [
      { onset: 3, duration: 2, description: "a" },
      { onset: 3, duration: 2, description: "b" },
    ]);
  });
  it("refuses an onset without a sign", () =>
    assert.throws(() => parseTals(new TextEncoder().encode("3\x14a\x14\x00")), /not a signed number/));
  it("knows volts, millivolts, microvolts (u and µ) and nanovolts", () => {
    assert.deepEqual(["V", "mV", "uV", "µV", "nV", "degC"].map(toMicrovolts), [1e6, 1e3, 1, 1, 1e-3, null]);
  });
});
