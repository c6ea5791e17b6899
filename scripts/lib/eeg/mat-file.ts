/**
 * A reader for MATLAB 5.0 MAT-files (the format of EEGLAB's `.set` headers), written
 * against MathWorks' "MAT-File Format" document (Level 5; the same layout up to MATLAB's
 * `-v7`, which adds zlib compression).
 *
 * Layout: a 128-byte header (116 bytes of text, 8 bytes subsystem offset, a 2-byte version
 * 0x0100 and the 2 bytes "IM", which read as "MI" when the file was written big-endian),
 * then data elements. Each element is an 8-byte tag (data type, byte count) and its data,
 * padded to 8 bytes; data of at most 4 bytes may sit inside the tag ("small data element":
 * the byte count in the tag's upper 16 bits). A top-level variable is an miMATRIX element,
 * or an miCOMPRESSED element whose zlib stream holds one miMATRIX element (not padded).
 *
 * An miMATRIX holds: array flags (class, complex/logical bits), dimensions, the name, then
 * by class: numeric data (real, then imaginary part), characters, the cells one after another
 * (column-major), or a struct's field-name length, field names and each element's fields.
 * Numeric data may be stored in a smaller type than its class (a double array of small
 * integers as miUINT8): the class says what MATLAB had, the element type how it was written.
 *
 * MATLAB 7.3 files are HDF5 and are refused with a note on how to save them as version 7.
 */
import { inflateSync } from "node:zlib";

/** A numeric or logical array; `data` is column-major, `dims` at least two long. */
export interface MatNumeric {
  kind: "numeric";
  /** MATLAB's class: "double", "single", "int8", ..., "uint64", "logical". */
  className: string;
  dims: number[];
  /** single arrays stay float32; every other class is widened to float64. */
  data: Float32Array | Float64Array;
  /** Imaginary part of a complex array, else null. */
  imag: Float32Array | Float64Array | null;
}

/** A char array: one string per row (a 1×n char is one string). */
export interface MatChar {
  kind: "char";
  dims: number[];
  rows: string[];
}

/** A cell array; `cells` column-major. */
export interface MatCell {
  kind: "cell";
  dims: number[];
  cells: MatValue[];
}

/** A struct array (or an old-style object, with its class name); `elements` column-major. */
export interface MatStruct {
  kind: "struct";
  dims: number[];
  fieldNames: string[];
  elements: Map<string, MatValue>[];
  /** For MATLAB objects (mxOBJECT_CLASS), the class name; else null. */
  objectClass: string | null;
}

/** A class this reader keeps no values of (sparse, function handles, MCOS objects such as string). */
export interface MatUnsupported {
  kind: "unsupported";
  className: string;
  dims: number[];
}

export type MatValue = MatNumeric | MatChar | MatCell | MatStruct | MatUnsupported;

/** A problem in a MAT-file; the message names the file. */
export class MatFileError extends Error {
  override name = "MatFileError";
}

/** Data types of data elements (the tag's first word). */
const MI = {
  INT8: 1,
  UINT8: 2,
  INT16: 3,
  UINT16: 4,
  INT32: 5,
  UINT32: 6,
  SINGLE: 7,
  DOUBLE: 9,
  INT64: 12,
  UINT64: 13,
  MATRIX: 14,
  COMPRESSED: 15,
  UTF8: 16,
  UTF16: 17,
  UTF32: 18,
} as const;

/** Array classes (the low byte of the array flags), by number. */
const CLASS_NAMES: Record<number, string> = {
  1: "cell",
  2: "struct",
  3: "object",
  4: "char",
  5: "sparse",
  6: "double",
  7: "single",
  8: "int8",
  9: "uint8",
  10: "int16",
  11: "uint16",
  12: "int32",
  13: "uint32",
  14: "int64",
  15: "uint64",
  16: "function",
  17: "opaque",
};

const HOW_TO_RESAVE =
  "save it as a version 7 MAT-file: in EEGLAB, pop_saveset(EEG, 'filename', NAME, 'version', '7'); " +
  "or with MNE-Python, mne.export.export_raw(NAME, raw, fmt='eeglab') (export_epochs for epoched data)";

/** The header's text, version and byte order, after checking that this is a Level 5 MAT-file. */
export function readMatHeader(bytes: Uint8Array, name: string): { text: string; littleEndian: boolean } {
  const fail = (message: string): never => {
    throw new MatFileError(`${name}: ${message}`);
  };
  const text = Buffer.from(bytes.subarray(0, Math.min(116, bytes.length)))
    .toString("latin1")
    .replace(/[\0\s]+$/, "");
  const hdf5 = bytes.length >= 520 && Buffer.from(bytes.subarray(512, 520)).toString("latin1") === "\x89HDF\r\n\x1a\n";
  if (text.startsWith("MATLAB 7.3") || hdf5)
    fail(`a MATLAB 7.3 (HDF5) MAT-file, which this reader does not read; ${HOW_TO_RESAVE}`);
  if (bytes.length < 128) fail(`only ${bytes.length} bytes, shorter than a MAT-file header (128)`);
  const order = Buffer.from(bytes.subarray(126, 128)).toString("latin1");
  if (!text.startsWith("MATLAB") || (order !== "IM" && order !== "MI"))
    fail(
      `not a MATLAB 5.0 MAT-file (header "${text.slice(0, 40)}", byte-order mark "${order}"); ` +
        "MATLAB 4 and text files are not read",
    );
  const littleEndian = order === "IM";
  const version = new DataView(bytes.buffer, bytes.byteOffset + 124, 2).getUint16(0, littleEndian);
  if (version === 0x0200) fail(`a MATLAB 7.3 (HDF5) MAT-file; ${HOW_TO_RESAVE}`);
  if (version !== 0x0100) fail(`unknown MAT-file version 0x${version.toString(16)} (expected 0x0100)`);
  return { text, littleEndian };
}

/** Reads every variable of a MAT-file, by name. `name` is used in error messages. */
export function readMatFile(bytes: Uint8Array, name: string): Map<string, MatValue> {
  const { littleEndian } = readMatHeader(bytes, name);
  const variables = new Map<string, MatValue>();
  let offset = 128;
  while (offset + 8 <= bytes.length) {
    const reader = new ElementReader(bytes, littleEndian, name);
    const tag = reader.tag(offset);
    if (tag.dataStart + tag.size > bytes.length)
      throw new MatFileError(
        `${name}: a variable at byte ${offset} claims ${tag.size} bytes, but the file ends ${bytes.length - tag.dataStart} bytes later: it was cut short`,
      );
    let matrix: Uint8Array;
    if (tag.type === MI.COMPRESSED) {
      try {
        matrix = inflateSync(bytes.subarray(tag.dataStart, tag.dataStart + tag.size));
      } catch (error) {
        throw new MatFileError(
          `${name}: the compressed variable at byte ${offset} does not inflate (${(error as Error).message})`,
        );
      }
      offset = tag.dataStart + tag.size; // compressed elements are not padded
    } else {
      matrix = bytes.subarray(offset, tag.dataStart + tag.size);
      offset = Math.min(tag.end, bytes.length);
    }
    const inner = new ElementReader(matrix, littleEndian, name);
    const innerTag = inner.tag(0);
    if (innerTag.type !== MI.MATRIX) continue; // the spec allows other top-level elements; none name a variable
    const { value, name: variable } = inner.matrix(0);
    variables.set(variable, value);
  }
  return variables;
}

interface Tag {
  type: number;
  size: number;
  dataStart: number;
  /** Where the next element starts (after padding to 8 bytes). */
  end: number;
}

/** Walks the data elements of one buffer (the file, or one inflated variable). */
class ElementReader {
  private readonly view: DataView;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly little: boolean,
    private readonly name: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private fail(message: string): never {
    throw new MatFileError(`${this.name}: ${message}`);
  }

  tag(at: number): Tag {
    if (at + 8 > this.bytes.length) this.fail(`a data element at byte ${at} runs past the end of its container`);
    const first = this.view.getUint32(at, this.little);
    const small = first >>> 16;
    if (small !== 0) {
      // Small data element: type in the low half, byte count in the high half, data in the next 4 bytes.
      if (small > 4) this.fail(`a small data element at byte ${at} claims ${small} bytes (at most 4)`);
      return { type: first & 0xffff, size: small, dataStart: at + 4, end: at + 8 };
    }
    const size = this.view.getUint32(at + 4, this.little);
    return { type: first, size, dataStart: at + 8, end: at + 8 + Math.ceil(size / 8) * 8 };
  }

  /** The numbers of one element, widened to float64 (or kept float32 for miSINGLE). */
  numbers(tag: Tag): Float32Array | Float64Array {
    const width: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 2, 5: 4, 6: 4, 7: 4, 9: 8, 12: 8, 13: 8 };
    const bytesEach = width[tag.type];
    if (bytesEach === undefined) this.fail(`data type ${tag.type} where numbers were expected`);
    const count = Math.floor(tag.size / bytesEach);
    if (tag.dataStart + count * bytesEach > this.bytes.length)
      this.fail(`numeric data at byte ${tag.dataStart} runs past the end`);
    const v = this.view;
    const s = tag.dataStart;
    const le = this.little;
    if (tag.type === MI.SINGLE) {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = v.getFloat32(s + 4 * i, le);
      return out;
    }
    const out = new Float64Array(count);
    const read: Record<number, (i: number) => number> = {
      1: (i) => v.getInt8(s + i),
      2: (i) => v.getUint8(s + i),
      3: (i) => v.getInt16(s + 2 * i, le),
      4: (i) => v.getUint16(s + 2 * i, le),
      5: (i) => v.getInt32(s + 4 * i, le),
      6: (i) => v.getUint32(s + 4 * i, le),
      9: (i) => v.getFloat64(s + 8 * i, le),
      12: (i) => Number(v.getBigInt64(s + 8 * i, le)),
      13: (i) => Number(v.getBigUint64(s + 8 * i, le)),
    };
    const get = read[tag.type];
    for (let i = 0; i < count; i++) out[i] = get(i);
    return out;
  }

  /** Text stored as bytes (names, field names): up to the first NUL. */
  ascii(tag: Tag): string {
    const raw = Buffer.from(this.bytes.subarray(tag.dataStart, tag.dataStart + tag.size)).toString("latin1");
    const nul = raw.indexOf("\0");
    return nul < 0 ? raw : raw.slice(0, nul);
  }

  /** The characters of a char array's data element, as UTF-16 code units or code points. */
  characters(tag: Tag): string[] {
    const data = this.bytes.subarray(tag.dataStart, tag.dataStart + tag.size);
    if (tag.type === MI.UTF8) return [...Buffer.from(data).toString("utf8")];
    if (tag.type === MI.UTF32)
      return Array.from(this.numbers({ ...tag, type: MI.UINT32 }), (c) => String.fromCodePoint(c));
    if (tag.type === MI.UTF16)
      return Array.from(this.numbers({ ...tag, type: MI.UINT16 }), (c) => String.fromCharCode(c));
    return Array.from(this.numbers(tag), (c) => String.fromCharCode(c));
  }

  /** Reads the miMATRIX element at `at`: its value and its name (empty inside cells and structs). */
  matrix(at: number): { value: MatValue; name: string } {
    const outer = this.tag(at);
    if (outer.type !== MI.MATRIX) this.fail(`expected a matrix at byte ${at}, found data type ${outer.type}`);
    const stop = outer.dataStart + outer.size;
    if (stop > this.bytes.length) this.fail(`a matrix at byte ${at} runs past the end of its container`);
    // An empty element (0 bytes) stands for an empty double array, as MATLAB writes empty cells.
    if (outer.size === 0)
      return {
        value: { kind: "numeric", className: "double", dims: [0, 0], data: new Float64Array(0), imag: null },
        name: "",
      };
    const flagsTag = this.tag(outer.dataStart);
    const flags = this.view.getUint32(flagsTag.dataStart, this.little);
    const classNumber = flags & 0xff;
    const isComplex = (flags >>> 11) & 1;
    const isLogical = (flags >>> 9) & 1;
    const dimsTag = this.tag(flagsTag.end);
    const dims = Array.from(this.numbers(dimsTag));
    const nameTag = this.tag(dimsTag.end);
    const name = this.ascii(nameTag);
    const count = dims.reduce((product, d) => product * d, 1);
    let next = nameTag.end;
    const className = CLASS_NAMES[classNumber] ?? `class ${classNumber}`;

    if (classNumber >= 6 && classNumber <= 15) {
      const realTag = this.tag(next);
      const data = this.numbers(realTag);
      let imag: Float32Array | Float64Array | null = null;
      if (isComplex) imag = this.numbers(this.tag(realTag.end));
      if (data.length !== count)
        this.fail(`variable "${name}": ${data.length} values for dimensions ${dims.join("×")}`);
      const asClass = classNumber === 7 && !(data instanceof Float32Array) ? Float32Array.from(data) : data;
      return {
        value: { kind: "numeric", className: isLogical ? "logical" : className, dims, data: asClass, imag },
        name,
      };
    }
    if (classNumber === 4) {
      const chars = count === 0 ? [] : this.characters(this.tag(next));
      const rowsCount = dims[0];
      const columns = rowsCount === 0 ? 0 : count / rowsCount;
      const rows = Array.from({ length: rowsCount }, (_, r) =>
        Array.from({ length: columns }, (_, c) => chars[r + c * rowsCount] ?? "").join(""),
      );
      return { value: { kind: "char", dims, rows }, name };
    }
    if (classNumber === 1) {
      const cells: MatValue[] = [];
      for (let i = 0; i < count; i++) {
        cells.push(this.matrix(next).value);
        next = this.tag(next).end;
      }
      return { value: { kind: "cell", dims, cells }, name };
    }
    if (classNumber === 2 || classNumber === 3) {
      let objectClass: string | null = null;
      if (classNumber === 3) {
        const classTag = this.tag(next);
        objectClass = this.ascii(classTag);
        next = classTag.end;
      }
      const lengthTag = this.tag(next);
      const nameLength = this.numbers(lengthTag)[0];
      const namesTag = this.tag(lengthTag.end);
      const fieldCount = nameLength > 0 ? Math.floor(namesTag.size / nameLength) : 0;
      const fieldNames = Array.from({ length: fieldCount }, (_, f) =>
        this.ascii({ ...namesTag, dataStart: namesTag.dataStart + f * nameLength, size: nameLength }),
      );
      next = namesTag.end;
      const elements: Map<string, MatValue>[] = [];
      for (let i = 0; i < count; i++) {
        const element = new Map<string, MatValue>();
        for (const field of fieldNames) {
          element.set(field, this.matrix(next).value);
          next = this.tag(next).end;
        }
        elements.push(element);
      }
      return { value: { kind: "struct", dims, fieldNames, elements, objectClass }, name };
    }
    // Sparse matrices, function handles and MCOS objects (string, table, ...) are skipped whole:
    // the tag says how long they are. EEGLAB files do not need them.
    return { value: { kind: "unsupported", className, dims }, name };
  }
}
