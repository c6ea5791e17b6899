import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MatFileError, type MatValue, readMatFile } from "./mat-file";
import { matCellRow, matEmpty, matRow, matScalar, matStructRow, matText, writeMatFile } from "./mat-file-writer";
import { matNumber, matPlain, matString, structElements } from "./mat-values";

const sample = (): Map<string, MatValue> =>
  new Map<string, MatValue>([
    ["srate", matScalar(128)],
    ["ref", matText("common")],
    ["nothing", matEmpty()],
    ["times", matRow([-1000, -992.1875, 0.5])],
    ["types", matCellRow([matText("square"), matScalar(7), matEmpty()])],
    [
      "event",
      matStructRow([
        { type: matText("square"), latency: matScalar(129.00875), position: matScalar(2) },
        { type: matText("rt"), latency: matScalar(267.5) },
      ]),
    ],
    ["block", { kind: "char", dims: [2, 3], rows: ["abc", "xyz"] }],
    [
      "single",
      { kind: "numeric", className: "single", dims: [2, 2], data: Float32Array.of(1.5, -2, 3.25, 4), imag: null },
    ],
  ]);

describe("MAT-file reader", () => {
  for (const compress of [true, false]) {
    it(`reads back what the writer wrote (${compress ? "compressed, -v7" : "uncompressed, -v6"})`, () => {
      const read = readMatFile(writeMatFile(sample(), { compress }), "sample.mat");
      assert.deepEqual([...read.keys()], [...sample().keys()]);
      assert.equal(matNumber(read.get("srate")), 128);
      assert.equal(matString(read.get("ref")), "common");
      assert.equal(matPlain(read.get("nothing")), null);
      assert.deepEqual(matPlain(read.get("times")), [-1000, -992.1875, 0.5]);
      const types = read.get("types");
      assert.equal(types?.kind, "cell");
      if (types?.kind === "cell") assert.deepEqual(types.cells.map(matPlain), ["square", 7, null]);
      const events = structElements(read.get("event"));
      assert.equal(events.length, 2);
      assert.equal(matString(events[0].get("type")), "square");
      assert.equal(matNumber(events[0].get("latency")), 129.00875);
      assert.equal(matNumber(events[0].get("position")), 2);
      assert.equal(matPlain(events[1].get("position")), null, "a field the second event lacks is []");
      const block = read.get("block");
      assert.deepEqual(block?.kind === "char" ? block.rows : null, ["abc", "xyz"], "char rows come back column-major");
      const single = read.get("single");
      assert.equal(single?.kind === "numeric" && single.data instanceof Float32Array, true, "single stays float32");
      assert.deepEqual(single?.kind === "numeric" ? [...single.data] : null, [1.5, -2, 3.25, 4]);
    });
  }

  it("reads a big-endian file (byte-order mark MI) with numbers stored in a smaller type", () => {
    // Hand-built: one uncompressed variable "x", a 1×2 double array stored as miUINT8 [3, 250].
    const body: number[] = [];
    const push32 = (target: number[], v: number) =>
      target.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
    push32(body, 6); // miUINT32 array flags
    push32(body, 8);
    push32(body, 6); // class double
    push32(body, 0);
    push32(body, 5); // miINT32 dimensions
    push32(body, 8);
    push32(body, 1);
    push32(body, 2);
    push32(body, (1 << 16) | 1); // small element: miINT8 name, 1 byte
    body.push(0x78, 0, 0, 0);
    push32(body, 2); // miUINT8 data
    push32(body, 2);
    body.push(3, 250, 0, 0, 0, 0, 0, 0);
    const tag: number[] = [];
    push32(tag, 14); // miMATRIX
    push32(tag, body.length);
    const header = Buffer.alloc(128, 0x20);
    header.write("MATLAB 5.0 MAT-file, big-endian test", 0, "latin1");
    header.writeUInt16BE(0x0100, 124);
    header.write("MI", 126, "latin1");
    const read = readMatFile(Buffer.concat([header, Buffer.from(tag), Buffer.from(body)]), "be.mat");
    assert.deepEqual(matPlain(read.get("x")), [3, 250]);
  });

  it("refuses a MATLAB 7.3 (HDF5) file and says how to save it as version 7", () => {
    // What MATLAB writes with -v7.3: a 512-byte user block whose first 128 bytes are a MAT header, then HDF5.
    const file = Buffer.alloc(1024, 0);
    file.write(
      "MATLAB 7.3 MAT-file, Platform: GLNXA64, Created on: Mon Dec  7 16:00:00 2026 HDF5 schema 1.00 .",
      0,
      "latin1",
    );
    file.writeUInt16LE(0x0200, 124);
    file.write("IM", 126, "latin1");
    file.write("\x89HDF\r\n\x1a\n", 512, "latin1");
    assert.throws(
      () => readMatFile(file, "sub-01_task-foodchoice_eeg.set"),
      (error: Error) =>
        error instanceof MatFileError &&
        error.message.includes("sub-01_task-foodchoice_eeg.set") &&
        error.message.includes("7.3") &&
        error.message.includes("pop_saveset(EEG, 'filename', NAME, 'version', '7')") &&
        error.message.includes("mne.export.export_raw(NAME, raw, fmt='eeglab')"),
    );
  });

  it("says what is wrong with files that are not MAT v5 or are cut short", () => {
    assert.throws(() => readMatFile(Buffer.from("0       not a mat file"), "a.set"), /a\.set: only 22 bytes/);
    assert.throws(() => readMatFile(Buffer.alloc(200, 0x41), "b.set"), /b\.set: not a MATLAB 5\.0 MAT-file/);
    const whole = writeMatFile(sample());
    assert.throws(() => readMatFile(whole.subarray(0, whole.length - 10), "c.set"), /c\.set: .*cut short/);
  });
});
