/**
 * The building blocks of the fast LSTM's SIMD loops (scripts/lib/simd-step-loops.ts,
 * scripts/lib/simd-row-loops.ts): one loop body written for four float32 lanes (f32x4) and
 * for one (f32, the last `n % 4`), and the counted loops around them, as instructions of
 * scripts/lib/wasm-assembler.ts.
 */
import { op, type ValueType } from "./wasm-assembler";

/** Same value as lstm-step-loops.ts's NEGLIGIBLE_GRADIENT (why: see there). */
const NEGLIGIBLE_GRADIENT = 1e-20;
const TEMPORARIES = 8;

/** The instructions for one lane width: f32x4 (four units) or f32 (one). */
export interface Lanes {
  bytes: number;
  load: number[];
  store: number[];
  add: number[];
  sub: number[];
  mul: number[];
  constant(value: number): number[];
  /** A temporary local of this lane type, 0 ≤ i < TEMPORARIES − 1 (the last is flush's). */
  temp(i: number): number;
  /** The value on the stack, or 0 where its magnitude is below NEGLIGIBLE_GRADIENT. */
  flush: number[];
}

/**
 * Locals of a function: its i32 parameters, `scalars` more i32s, then the vector and the
 * scalar temporaries; returns them with both lane widths.
 */
export function layout(params: number, scalars: number): { locals: ValueType[]; vector: Lanes; scalar: Lanes } {
  const vectorBase = params + scalars;
  const scalarBase = vectorBase + TEMPORARIES;
  const vectorFlush = scalarBase - 1;
  const scalarFlush = scalarBase + TEMPORARIES - 1;
  const vector: Lanes = {
    bytes: 16,
    load: op.v128Load(),
    store: op.v128Store(),
    add: op.f32x4Add,
    sub: op.f32x4Sub,
    mul: op.f32x4Mul,
    constant: (value) => [...op.f32Const(value), ...op.f32x4Splat],
    temp: (i) => vectorBase + i,
    // x & ~(|x| < limit): all bits cleared where the comparison holds.
    flush: [
      ...op.tee(vectorFlush),
      ...op.get(vectorFlush),
      ...op.f32x4Abs,
      ...op.f32Const(NEGLIGIBLE_GRADIENT),
      ...op.f32x4Splat,
      ...op.f32x4Lt,
      ...op.v128AndNot,
    ],
  };
  const scalar: Lanes = {
    bytes: 4,
    load: op.f32Load(),
    store: op.f32Store(),
    add: op.f32Add,
    sub: op.f32Sub,
    mul: op.f32Mul,
    constant: op.f32Const,
    temp: (i) => scalarBase + i,
    flush: [
      ...op.set(scalarFlush),
      ...op.f32Const(0),
      ...op.get(scalarFlush),
      ...op.get(scalarFlush),
      ...op.f32Abs,
      ...op.f32Const(NEGLIGIBLE_GRADIENT),
      ...op.f32Lt,
      ...op.select,
    ],
  };
  const locals: ValueType[] = [
    ...Array<ValueType>(scalars).fill("i32"),
    ...Array<ValueType>(TEMPORARIES).fill("v128"),
    ...Array<ValueType>(TEMPORARIES).fill("f32"),
  ];
  return { locals, vector, scalar };
}

/** `while (counter < limit) { body; counter += increment }` */
export function whileBelow(counter: number, limit: number, increment: number, body: number[][]): number[][] {
  return [
    op.block,
    op.loop,
    [...op.get(counter), ...op.get(limit), ...op.i32GeU, ...op.brIf(1)],
    ...body,
    [...op.get(counter), ...op.i32Const(increment), ...op.i32Add, ...op.set(counter)],
    op.br(0),
    op.end,
    op.end,
  ];
}

/** `pointer += local` (both i32 locals). */
export const advanceBy = (pointer: number, local: number): number[] => [
  ...op.get(pointer),
  ...op.get(local),
  ...op.i32Add,
  ...op.set(pointer),
];
/** `target := base + local · factor`. */
export const offsetFrom = (target: number, base: number, local: number, factor: number): number[] => [
  ...op.get(base),
  ...op.get(local),
  ...op.i32Const(factor),
  ...op.i32Mul,
  ...op.i32Add,
  ...op.set(target),
];
