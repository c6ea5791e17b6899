/**
 * Just enough of the WebAssembly binary format to write the fast LSTM's SIMD loops
 * (scripts/lib/simd-step-loops.ts) without a toolchain: one module that imports a memory as
 * `env.memory` and exports functions taking i32 arguments and returning nothing.
 *
 * A function body is written as a list of instructions, each the bytes of its encoding
 * (`op.*` below); the spec's opcode tables are the reference for the numbers.
 */

export type ValueType = "i32" | "f32" | "v128";
const VALUE_TYPE: Record<ValueType, number> = { i32: 0x7f, f32: 0x7d, v128: 0x7b };

/** One exported function: its i32 parameters come first among its locals, then `locals`. */
export interface FunctionSource {
  name: string;
  params: number;
  locals: ValueType[];
  body: number[][];
}

/** Unsigned LEB128, how the format writes counts, indices and offsets. */
function unsigned(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return bytes;
}

/** Signed LEB128, for i32.const. */
function signed(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0);
    bytes.push(done ? low : low | 0x80);
    if (done) return bytes;
  }
}

const vector = (items: number[][]): number[] => [...unsigned(items.length), ...items.flat()];
const section = (id: number, content: number[]): number[] => [id, ...unsigned(content.length), ...content];
const name = (text: string): number[] => vector([...new TextEncoder().encode(text)].map((byte) => [byte]));
const f32Bytes = (value: number): number[] => [...new Uint8Array(new Float32Array([value]).buffer)];
const simd = (code: number, ...rest: number[]): number[] => [0xfd, ...unsigned(code), ...rest];
/** memarg: alignment hint 0 (any address is valid; x86 loads unaligned vectors at full speed) and offset. */
const memarg = (offset: number): number[] => [0, ...unsigned(offset)];

/** Instructions, by the spec's names. */
export const op = {
  get: (local: number) => [0x20, ...unsigned(local)],
  set: (local: number) => [0x21, ...unsigned(local)],
  tee: (local: number) => [0x22, ...unsigned(local)],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...unsigned(depth)],
  brIf: (depth: number) => [0x0d, ...unsigned(depth)],
  select: [0x1b],
  i32Const: (value: number) => [0x41, ...signed(value)],
  i32Load: (offset = 0) => [0x28, 2, ...unsigned(offset)],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32LtS: [0x48],
  i32LtU: [0x49],
  i32GeU: [0x4f],
  i32And: [0x71],
  f32Const: (value: number) => [0x43, ...f32Bytes(value)],
  f32Load: (offset = 0) => [0x2a, 2, ...unsigned(offset)],
  f32Store: (offset = 0) => [0x38, 2, ...unsigned(offset)],
  f32Abs: [0x8b],
  f32Add: [0x92],
  f32Sub: [0x93],
  f32Mul: [0x94],
  f32Lt: [0x5d],
  memoryCopy: [0xfc, ...unsigned(10), 0, 0],
  memoryFill: [0xfc, ...unsigned(11), 0],
  v128Load: (offset = 0) => simd(0x00, ...memarg(offset)),
  v128Store: (offset = 0) => simd(0x0b, ...memarg(offset)),
  v128AndNot: simd(0x4f),
  f32x4Splat: simd(0x13),
  f32x4Lt: simd(0x43),
  f32x4Abs: simd(0xe0),
  f32x4Add: simd(0xe4),
  f32x4Sub: simd(0xe5),
  f32x4Mul: simd(0xe6),
};

/** The module's bytes: one function type per function, memory imported from `env.memory`. */
export function assembleModule(functions: FunctionSource[]): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(Array.from({ length: f.params }, () => [VALUE_TYPE.i32])), 0]);
  const memoryImport = [...name("env"), ...name("memory"), 0x02, 0x00, 0x00]; // memory, no maximum, min 0 pages
  const exports = functions.map((f, i) => [...name(f.name), 0x00, ...unsigned(i)]);
  const bodies = functions.map((f) => {
    const locals = vector(f.locals.map((type) => [1, VALUE_TYPE[type]]));
    const code = [...locals, ...f.body.flat(), ...op.end];
    return [...unsigned(code.length), ...code];
  });
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(functions.map((_, i) => unsigned(i)))),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
