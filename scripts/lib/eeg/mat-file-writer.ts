/**
 * Writes MATLAB 5.0 MAT-files (the layout mat-file.ts reads), as MATLAB's `save -v7` does:
 * each variable an miMATRIX element, zlib-compressed inside an miCOMPRESSED element unless
 * `compress: false` (`save -v6`). Text is written as UTF-16 code units (miUINT16), as MATLAB
 * does; names of up to 4 bytes use the small data element format. Little-endian.
 *
 * Used to make EEGLAB `.set` fixtures and the ds003766 miniature that this project's reader
 * and MNE-Python (through SciPy's loadmat) must both read.
 */
import { deflateSync } from "node:zlib";
import type { MatValue } from "./mat-file";

const MI_INT8 = 1;
const MI_UINT16 = 4;
const MI_INT32 = 5;
const MI_UINT32 = 6;
const MI_SINGLE = 7;
const MI_DOUBLE = 9;
const MI_MATRIX = 14;
const MI_COMPRESSED = 15;

const CLASS_NUMBERS: Record<string, number> = { cell: 1, struct: 2, char: 4, double: 6, single: 7 };

/** A 1×1 double. */
export const matScalar = (value: number): MatValue => ({
  kind: "numeric",
  className: "double",
  dims: [1, 1],
  data: Float64Array.of(value),
  imag: null,
});

/** A 1×n char array (an empty string is 0×0, as MATLAB writes ''). */
export const matText = (text: string): MatValue => ({
  kind: "char",
  dims: text.length === 0 ? [0, 0] : [1, text.length],
  rows: text.length === 0 ? [] : [text],
});

/** An empty double array `[]`. */
export const matEmpty = (): MatValue => ({
  kind: "numeric",
  className: "double",
  dims: [0, 0],
  data: new Float64Array(0),
  imag: null,
});

/** A row vector of doubles. */
export const matRow = (values: readonly number[]): MatValue =>
  values.length === 0
    ? matEmpty()
    : { kind: "numeric", className: "double", dims: [1, values.length], data: Float64Array.from(values), imag: null };

/** A 1×n cell array. */
export const matCellRow = (cells: MatValue[]): MatValue => ({ kind: "cell", dims: [1, cells.length], cells });

/**
 * A 1×n struct array from records sharing their keys (the union of keys, in first-seen order;
 * a record without a key gets `[]` there, as in MATLAB). With no records, a 0×0 struct with `fieldNames`.
 */
export function matStructRow(records: Record<string, MatValue>[], fieldNames: string[] = []): MatValue {
  const names = [...fieldNames];
  for (const record of records) for (const key of Object.keys(record)) if (!names.includes(key)) names.push(key);
  return {
    kind: "struct",
    dims: records.length === 0 ? [0, 0] : [1, records.length],
    fieldNames: names,
    elements: records.map((record) => new Map(names.map((name) => [name, record[name] ?? matEmpty()]))),
    objectClass: null,
  };
}

/** Bytes of the whole file: header, then each variable. */
export function writeMatFile(variables: Map<string, MatValue>, options: { compress?: boolean } = {}): Uint8Array {
  const compress = options.compress ?? true;
  const header = Buffer.alloc(128, 0x20);
  header.write("MATLAB 5.0 MAT-file, Platform: GLNXA64, written by lstm-reads-reviews", 0, "latin1");
  header.fill(0, 116, 124); // no subsystem data
  header.writeUInt16LE(0x0100, 124);
  header.write("IM", 126, "latin1");
  const parts: Uint8Array[] = [header];
  for (const [name, value] of variables) {
    const matrix = matrixElement(value, name);
    if (!compress) parts.push(matrix);
    else {
      const packed = deflateSync(matrix);
      parts.push(tagBytes(MI_COMPRESSED, packed.length), packed); // not padded
    }
  }
  return Buffer.concat(parts);
}

function tagBytes(type: number, size: number): Buffer {
  const tag = Buffer.alloc(8);
  tag.writeUInt32LE(type, 0);
  tag.writeUInt32LE(size, 4);
  return tag;
}

/** One data element: a tag and its data padded to 8 bytes, or a small element for 1–4 bytes. */
function element(type: number, data: Uint8Array): Buffer {
  if (data.length > 0 && data.length <= 4) {
    const small = Buffer.alloc(8);
    small.writeUInt32LE(((data.length << 16) | type) >>> 0, 0);
    small.set(data, 4);
    return small;
  }
  const padded = Buffer.alloc(8 + Math.ceil(data.length / 8) * 8);
  padded.writeUInt32LE(type, 0);
  padded.writeUInt32LE(data.length, 4);
  padded.set(data, 8);
  return padded;
}

const int32s = (values: readonly number[]) => {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => {
    bytes.writeInt32LE(v, i * 4);
  });
  return bytes;
};

/** An miMATRIX element for `value`, named `name` ("" inside cells and structs). */
function matrixElement(value: MatValue, name: string): Buffer {
  const body: Buffer[] = [];
  const className = value.kind === "numeric" ? value.className : value.kind;
  const classNumber = CLASS_NUMBERS[className];
  if (classNumber === undefined) throw new RangeError(`cannot write MATLAB class ${className}`);
  const flags = Buffer.alloc(8);
  flags.writeUInt32LE(classNumber, 0);
  body.push(element(MI_UINT32, flags));
  body.push(element(MI_INT32, int32s(value.dims)));
  body.push(element(MI_INT8, Buffer.from(name, "latin1")));
  if (value.kind === "numeric") {
    const data =
      className === "single"
        ? Buffer.from(Float32Array.from(value.data).buffer)
        : Buffer.from(Float64Array.from(value.data).buffer);
    body.push(element(className === "single" ? MI_SINGLE : MI_DOUBLE, data));
  } else if (value.kind === "char") {
    const [rowsCount, columns] = [value.dims[0], value.dims[1] ?? 0];
    const units = Buffer.alloc(rowsCount * columns * 2);
    for (let r = 0; r < rowsCount; r++)
      for (let c = 0; c < columns; c++)
        units.writeUInt16LE(value.rows[r].charCodeAt(c) || 0x20, (r + c * rowsCount) * 2);
    body.push(element(MI_UINT16, units));
  } else if (value.kind === "cell") {
    for (const cell of value.cells) body.push(matrixElement(cell, ""));
  } else if (value.kind === "struct") {
    const longest = Math.max(0, ...value.fieldNames.map((f) => f.length));
    const width = Math.ceil((longest + 1) / 8) * 8; // each name NUL-terminated, padded alike
    body.push(element(MI_INT32, int32s([width])));
    const names = Buffer.alloc(width * value.fieldNames.length);
    value.fieldNames.forEach((field, f) => {
      names.write(field, f * width, "latin1");
    });
    body.push(element(MI_INT8, names));
    for (const item of value.elements)
      for (const field of value.fieldNames) body.push(matrixElement(item.get(field) ?? matEmpty(), ""));
  }
  const content = Buffer.concat(body);
  return Buffer.concat([tagBytes(MI_MATRIX, content.length), content]);
}
