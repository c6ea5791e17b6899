/**
 * The fast LSTM's per-step loops (scripts/lib/lstm-step-loops.ts: updateCells, updateHidden,
 * gateGradients) in WebAssembly SIMD, on the wasm backend's own memory, with the row copies
 * and sums around them (fillRows, transposeRows, addTo) and the embedding's (gatherRows,
 * scatterAddRows: scripts/lib/wasm-embedding-kernels.ts).
 *
 * In JavaScript the three loops took about 200 µs of CPU per time step at the tutorial's size
 * (batch 64, 100 units), as long as the step's matMuls' floor; here about 55. They run four
 * units at a time (a scalar loop takes the last `units % 4`), in float32 like the backend's
 * kernels, in a module written by scripts/lib/wasm-assembler.ts that imports the backend's
 * memory, so it reads and writes the buffers the XNNPACK kernels use, in place.
 *
 * Every pointer is a byte offset into that memory, of the current step's first row; masked
 * rows (row b's steps before `firstSteps[b]`, an int32 array) are handled as in JavaScript.
 */
import { assembleModule, type FunctionSource, op, type ValueType } from "./wasm-assembler";

/** The SIMD loops; arguments as in lstm-step-loops.ts, as byte offsets into the memory. */
export interface SimdStepLoops {
  updateCells(
    gates: number,
    cells: number,
    doubled: number,
    firstSteps: number,
    step: number,
    batch: number,
    units: number,
  ): void;
  updateHidden(
    gates: number,
    cellSigmoids: number,
    tanhCells: number,
    hidden: number,
    firstSteps: number,
    step: number,
    batch: number,
    units: number,
    rowBytes: number,
  ): void;
  gateGradients(
    gates: number,
    cells: number,
    tanhCells: number,
    dHidden: number,
    dCell: number,
    dSums: number,
    firstSteps: number,
    step: number,
    batch: number,
    units: number,
  ): void;
  /** lstm-step-loops.ts's `fillRows` without the initial hiddenState: `inputs` is `[batch · steps, inputDim]`. */
  fillRows(inputs: number, rows: number, batch: number, steps: number, inputDim: number, rowWidth: number): void;
  /**
   * `out[i] := table[indices[i]]` for `i < count`, rows of `rowBytes` (the embedding lookup,
   * scripts/lib/wasm-embedding-kernels.ts); `indices` are int32 and must be rows of the table.
   */
  gatherRows(table: number, indices: number, count: number, rowBytes: number, out: number): void;
  /**
   * `out[segmentIds[i]] += x[i]` for `i < count`, rows of `rowBytes`, skipping ids outside
   * `[0, segments)` (the embedding's gradient, scripts/lib/wasm-embedding-kernels.ts).
   */
  scatterAddRows(out: number, x: number, segmentIds: number, count: number, rowBytes: number, segments: number): void;
  /** `sum[i] += values[i]` for `i < count`. */
  addTo(sum: number, values: number, count: number): void;
  /** `count` rows of `width` floats from `source`, written as columns of `target`, `targetColumns` wide. */
  transposeRows(source: number, count: number, width: number, target: number, targetColumns: number): void;
}

/** Same value as lstm-step-loops.ts's NEGLIGIBLE_GRADIENT (why: see there). */
const NEGLIGIBLE_GRADIENT = 1e-20;
const TEMPORARIES = 8;

/** The instructions for one lane width: f32x4 (four units) or f32 (one). */
interface Lanes {
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
function layout(params: number, scalars: number): { locals: ValueType[]; vector: Lanes; scalar: Lanes } {
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
function whileBelow(counter: number, limit: number, increment: number, body: number[][]): number[][] {
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

/** Locals every function shares after its parameters: the row and unit counters. */
interface Counters {
  row: number;
  unit: number; // byte offset of the unit within a row's block
  vectorEnd: number; // bytes of the units a vector loop covers
  end: number; // bytes of all units
}

/**
 * For each row: `perRow` (pointer updates), then `masked` or the unit loops over `element`
 * (the vector one, then the scalar one for the rest), then `advance` to the next row.
 */
function rowLoop(
  c: Counters,
  rowParams: { firstSteps: number; step: number; batch: number; units: number },
  lanes: { vector: Lanes; scalar: Lanes },
  parts: { perRow: number[][]; masked: number[][]; element: (lanes: Lanes) => number[][]; advance: number[][] },
): number[][] {
  const unitLoop = (l: Lanes, limit: number) => whileBelow(c.unit, limit, l.bytes, parts.element(l));
  return [
    [...op.get(rowParams.units), ...op.i32Const(4), ...op.i32Mul, ...op.tee(c.end)],
    [...op.i32Const(-16), ...op.i32And, ...op.set(c.vectorEnd)],
    [...op.i32Const(0), ...op.set(c.row)],
    ...whileBelow(c.row, rowParams.batch, 1, [
      ...parts.perRow,
      [...op.get(rowParams.step), ...op.get(rowParams.firstSteps), ...op.i32Load(), ...op.i32LtS, ...op.if],
      ...parts.masked,
      op.else,
      [...op.i32Const(0), ...op.set(c.unit)],
      ...unitLoop(lanes.vector, c.vectorEnd),
      ...unitLoop(lanes.scalar, c.end),
      op.end,
      ...parts.advance,
      [...op.get(rowParams.firstSteps), ...op.i32Const(4), ...op.i32Add, ...op.set(rowParams.firstSteps)],
    ]),
  ];
}

/** `pointer += local` (both i32 locals). */
const advanceBy = (pointer: number, local: number): number[] => [
  ...op.get(pointer),
  ...op.get(local),
  ...op.i32Add,
  ...op.set(pointer),
];
/** `target := base + local · factor`. */
const offsetFrom = (target: number, base: number, local: number, factor: number): number[] => [
  ...op.get(base),
  ...op.get(local),
  ...op.i32Const(factor),
  ...op.i32Mul,
  ...op.i32Add,
  ...op.set(target),
];

function updateCellsSource(): FunctionSource {
  const [gates, cells, doubled, firstSteps, step, batch, units] = [0, 1, 2, 3, 4, 5, 6];
  const c: Counters = { row: 7, unit: 8, vectorEnd: 9, end: 10 };
  const [forget, candidate, next, stepBytes] = [11, 12, 13, 14];
  const { locals, vector, scalar } = layout(7, 8);
  const at = (pointer: number) => [...op.get(pointer), ...op.get(c.unit), ...op.i32Add];
  const element = (l: Lanes): number[][] => {
    const [candidateValue, cellState] = [l.temp(0), l.temp(1)];
    return [
      // candidate = 2 · sigmoid(2z) − 1 = tanh(z), written back over its sigmoid
      [...l.constant(2), ...at(candidate), ...l.load, ...l.mul, ...l.constant(1), ...l.sub, ...op.set(candidateValue)],
      [...at(candidate), ...op.get(candidateValue), ...l.store],
      // cellState = forgetGate · cellState before + inputGate · candidate
      [...at(forget), ...l.load, ...at(cells), ...l.load, ...l.mul],
      [...at(gates), ...l.load, ...op.get(candidateValue), ...l.mul, ...l.add, ...op.set(cellState)],
      [...at(next), ...op.get(cellState), ...l.store],
      [...at(doubled), ...op.get(cellState), ...op.get(cellState), ...l.add, ...l.store],
    ];
  };
  const body = rowLoop(
    c,
    { firstSteps, step, batch, units },
    { vector, scalar },
    {
      perRow: [
        offsetFrom(forget, gates, units, 4),
        offsetFrom(candidate, gates, units, 8),
        offsetFrom(next, cells, stepBytes, 1),
      ],
      masked: [[...op.get(next), ...op.get(cells), ...op.get(c.end), ...op.memoryCopy]], // cellState unchanged
      element,
      advance: [gates, gates, gates, gates, cells, doubled].map((pointer) => advanceBy(pointer, c.end)),
    },
  );
  // stepBytes: one step's block of cell states, batch · units floats.
  const setUp = [
    [...op.get(batch), ...op.get(units), ...op.i32Mul, ...op.i32Const(4), ...op.i32Mul, ...op.set(stepBytes)],
  ];
  return { name: "updateCells", params: 7, locals, body: [...setUp, ...body] };
}

function updateHiddenSource(): FunctionSource {
  const [gates, cellSigmoids, tanhCells, hidden, firstSteps, step, batch, units, rowBytes] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8,
  ];
  const c: Counters = { row: 9, unit: 10, vectorEnd: 11, end: 12 };
  const [output, next, stepBytes] = [13, 14, 15];
  const { locals, vector, scalar } = layout(9, 7);
  const at = (pointer: number) => [...op.get(pointer), ...op.get(c.unit), ...op.i32Add];
  const element = (l: Lanes): number[][] => {
    const tanhCell = l.temp(0);
    return [
      // tanh(cellState) = 2 · sigmoid(2 · cellState) − 1; hiddenState = outputGate · tanh(cellState)
      [...l.constant(2), ...at(cellSigmoids), ...l.load, ...l.mul, ...l.constant(1), ...l.sub, ...op.set(tanhCell)],
      [...at(tanhCells), ...op.get(tanhCell), ...l.store],
      [...at(next), ...at(output), ...l.load, ...op.get(tanhCell), ...l.mul, ...l.store],
    ];
  };
  const body = rowLoop(
    c,
    { firstSteps, step, batch, units },
    { vector, scalar },
    {
      perRow: [offsetFrom(output, gates, units, 12), offsetFrom(next, hidden, stepBytes, 1)],
      masked: [[...op.get(next), ...op.get(hidden), ...op.get(c.end), ...op.memoryCopy]], // hiddenState unchanged
      element,
      advance: [
        ...[gates, gates, gates, gates, cellSigmoids, tanhCells].map((pointer) => advanceBy(pointer, c.end)),
        advanceBy(hidden, rowBytes),
      ],
    },
  );
  // stepBytes: one step's block of rows, batch · rowBytes.
  const setUp = [[...op.get(batch), ...op.get(rowBytes), ...op.i32Mul, ...op.set(stepBytes)]];
  return { name: "updateHidden", params: 9, locals, body: [...setUp, ...body] };
}

function gateGradientsSource(): FunctionSource {
  const [gates, cells, tanhCells, dHidden, dCell, dSums, firstSteps, step, batch, units] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
  ];
  const c: Counters = { row: 10, unit: 11, vectorEnd: 12, end: 13 };
  const [forget, candidate, output, dForget, dCandidate, dOutput] = [14, 15, 16, 17, 18, 19];
  const { locals, vector, scalar } = layout(10, 10);
  const at = (pointer: number) => [...op.get(pointer), ...op.get(c.unit), ...op.i32Add];
  const element = (l: Lanes): number[][] => {
    const [i, f, g, o, t, dh, dc] = [0, 1, 2, 3, 4, 5, 6].map(l.temp);
    const oneMinus = (x: number, y: number) => [...l.constant(1), ...op.get(x), ...op.get(y), ...l.mul, ...l.sub];
    const oneMinusSelf = (x: number) => [...l.constant(1), ...op.get(x), ...l.sub];
    return [
      [...at(gates), ...l.load, ...op.set(i), ...at(forget), ...l.load, ...op.set(f)],
      [...at(candidate), ...l.load, ...op.set(g), ...at(output), ...l.load, ...op.set(o)],
      [...at(tanhCells), ...l.load, ...op.set(t), ...at(dHidden), ...l.load, ...l.flush, ...op.set(dh)],
      // dc = dCell + dh · outputGate · (1 − tanh²(cellState))
      [...at(dCell), ...l.load, ...op.get(dh), ...op.get(o), ...l.mul, ...oneMinus(t, t), ...l.mul, ...l.add],
      [...l.flush, ...op.set(dc)],
      // dInput = dc · candidate · inputGate · (1 − inputGate)
      [...at(dSums), ...op.get(dc), ...op.get(g), ...l.mul, ...op.get(i), ...l.mul, ...oneMinusSelf(i), ...l.mul],
      [...l.flush, ...l.store],
      // dForget = dc · cellState before · forgetGate · (1 − forgetGate)
      [...at(dForget), ...op.get(dc), ...at(cells), ...l.load, ...l.mul, ...op.get(f), ...l.mul, ...oneMinusSelf(f)],
      [...l.mul, ...l.flush, ...l.store],
      // dCandidate = dc · inputGate · (1 − candidate²)
      [...at(dCandidate), ...op.get(dc), ...op.get(i), ...l.mul, ...oneMinus(g, g), ...l.mul, ...l.flush, ...l.store],
      // dOutput = dh · tanh(cellState) · outputGate · (1 − outputGate)
      [...at(dOutput), ...op.get(dh), ...op.get(t), ...l.mul, ...op.get(o), ...l.mul, ...oneMinusSelf(o), ...l.mul],
      [...l.flush, ...l.store],
      // the gradient w.r.t. the cellState before the step
      [...at(dCell), ...op.get(dc), ...op.get(f), ...l.mul, ...l.store],
    ];
  };
  const body = rowLoop(
    c,
    { firstSteps, step, batch, units },
    { vector, scalar },
    {
      perRow: [
        offsetFrom(forget, gates, units, 4),
        offsetFrom(candidate, gates, units, 8),
        offsetFrom(output, gates, units, 12),
        offsetFrom(dForget, dSums, units, 4),
        offsetFrom(dCandidate, dSums, units, 8),
        offsetFrom(dOutput, dSums, units, 12),
      ],
      // Padding: no gradient for its gates; dCell passes through unchanged.
      masked: [
        [...op.get(dSums), ...op.i32Const(0), ...op.get(c.end), ...op.i32Const(4), ...op.i32Mul, ...op.memoryFill],
      ],
      element,
      advance: [
        ...[gates, gates, gates, gates, dSums, dSums, dSums, dSums].map((pointer) => advanceBy(pointer, c.end)),
        ...[cells, tanhCells, dHidden, dCell].map((pointer) => advanceBy(pointer, c.end)),
      ],
    },
  );
  return { name: "gateGradients", params: 10, locals, body };
}

function transposeRowsSource(): FunctionSource {
  const [source, count, width, target, targetColumns] = [0, 1, 2, 3, 4];
  const [feature, row, rowsEnd, end, from, columnBytes] = [5, 6, 7, 8, 9, 10];
  const body = [
    [...op.get(targetColumns), ...op.i32Const(4), ...op.i32Mul, ...op.set(columnBytes)],
    [...op.get(width), ...op.i32Const(4), ...op.i32Mul, ...op.set(end)],
    [...op.get(count), ...op.i32Const(4), ...op.i32Mul, ...op.set(rowsEnd)],
    [...op.i32Const(0), ...op.set(feature)],
    // Feature by feature: the target's writes are consecutive, and the few source rows a
    // feature reads from stay in cache for the next features (row by row, with every write
    // in another cache line, this took three times as long).
    ...whileBelow(feature, end, 4, [
      [...op.get(source), ...op.get(feature), ...op.i32Add, ...op.set(from)],
      [...op.i32Const(0), ...op.set(row)],
      ...whileBelow(row, rowsEnd, 4, [
        [...op.get(target), ...op.get(row), ...op.i32Add, ...op.get(from), ...op.f32Load(), ...op.f32Store()],
        advanceBy(from, end),
      ]),
      advanceBy(target, columnBytes),
    ]),
  ];
  return { name: "transposeRows", params: 5, locals: Array<ValueType>(6).fill("i32"), body };
}

function fillRowsSource(): FunctionSource {
  const [inputs, rows, batch, steps, inputDim, rowWidth] = [0, 1, 2, 3, 4, 5];
  const [b, step, inputBytes, rowBytes, stepBytes, row] = [6, 7, 8, 9, 10, 11];
  const times4 = (local: number) => [...op.get(local), ...op.i32Const(4), ...op.i32Mul];
  const body = [
    [...times4(inputDim), ...op.set(inputBytes), ...times4(rowWidth), ...op.set(rowBytes)],
    [...op.get(rowBytes), ...op.get(batch), ...op.i32Mul, ...op.set(stepBytes)],
    [...op.i32Const(0), ...op.set(b)],
    // Sequence by sequence: its steps are consecutive in `inputs`, a batch of rows apart in `rows`.
    ...whileBelow(b, batch, 1, [
      [...op.get(rows), ...op.set(row), ...op.i32Const(0), ...op.set(step)],
      ...whileBelow(step, steps, 1, [
        [...op.get(row), ...op.get(inputs), ...op.get(inputBytes), ...op.memoryCopy],
        // the row's last column, the bias's 1
        [...op.get(row), ...op.get(rowBytes), ...op.i32Add, ...op.i32Const(4), ...op.i32Sub],
        [...op.f32Const(1), ...op.f32Store()],
        advanceBy(inputs, inputBytes),
        advanceBy(row, stepBytes),
      ]),
      advanceBy(rows, rowBytes),
    ]),
  ];
  return { name: "fillRows", params: 6, locals: Array<ValueType>(6).fill("i32"), body };
}

function gatherRowsSource(): FunctionSource {
  const [table, indices, count, rowBytes, out] = [0, 1, 2, 3, 4];
  const [i] = [5];
  const body = whileBelow(i, count, 1, [
    [...op.get(out), ...op.get(table), ...op.get(indices), ...op.i32Load(), ...op.get(rowBytes), ...op.i32Mul],
    [...op.i32Add, ...op.get(rowBytes), ...op.memoryCopy],
    advanceBy(out, rowBytes),
    [...op.get(indices), ...op.i32Const(4), ...op.i32Add, ...op.set(indices)],
  ]);
  return { name: "gatherRows", params: 5, locals: ["i32"], body };
}

function scatterAddRowsSource(): FunctionSource {
  const [out, x, segmentIds, count, rowBytes, segments] = [0, 1, 2, 3, 4, 5];
  const [i, target, offset, vectorEnd] = [6, 7, 8, 9];
  const { locals, vector, scalar } = layout(6, 4);
  const at = (pointer: number) => [...op.get(pointer), ...op.get(offset), ...op.i32Add];
  const element = (l: Lanes) => [[...at(target), ...at(target), ...l.load, ...at(x), ...l.load, ...l.add, ...l.store]];
  const body = [
    [...op.get(rowBytes), ...op.i32Const(-16), ...op.i32And, ...op.set(vectorEnd)],
    ...whileBelow(i, count, 1, [
      // Rows whose segment is outside [0, segments) are dropped (negative ids compare as huge).
      [...op.get(segmentIds), ...op.i32Load(), ...op.tee(target), ...op.get(segments), ...op.i32LtU, ...op.if],
      [...op.get(out), ...op.get(target), ...op.get(rowBytes), ...op.i32Mul, ...op.i32Add, ...op.set(target)],
      [...op.i32Const(0), ...op.set(offset)],
      ...whileBelow(offset, vectorEnd, vector.bytes, element(vector)),
      ...whileBelow(offset, rowBytes, scalar.bytes, element(scalar)),
      op.end,
      advanceBy(x, rowBytes),
      [...op.get(segmentIds), ...op.i32Const(4), ...op.i32Add, ...op.set(segmentIds)],
    ]),
  ];
  return { name: "scatterAddRows", params: 6, locals, body };
}

function addToSource(): FunctionSource {
  const [sum, values, count] = [0, 1, 2];
  const [offset, vectorEnd, end] = [3, 4, 5];
  const { locals, vector, scalar } = layout(3, 3);
  const at = (pointer: number) => [...op.get(pointer), ...op.get(offset), ...op.i32Add];
  const element = (l: Lanes) => [[...at(sum), ...at(sum), ...l.load, ...at(values), ...l.load, ...l.add, ...l.store]];
  const body = [
    [...op.get(count), ...op.i32Const(4), ...op.i32Mul, ...op.tee(end)],
    [...op.i32Const(-16), ...op.i32And, ...op.set(vectorEnd)],
    [...op.i32Const(0), ...op.set(offset)],
    ...whileBelow(offset, vectorEnd, vector.bytes, element(vector)),
    ...whileBelow(offset, end, scalar.bytes, element(scalar)),
  ];
  return { name: "addTo", params: 3, locals, body };
}

const instances = new WeakMap<WebAssembly.Memory, SimdStepLoops>();
let compiled: WebAssembly.Module | null = null;

/** The SIMD loops on `memory` (compiled once, instantiated once per memory). */
export function simdStepLoops(memory: WebAssembly.Memory): SimdStepLoops {
  let loops = instances.get(memory);
  if (loops === undefined) {
    compiled ??= new WebAssembly.Module(
      assembleModule([
        updateCellsSource(),
        updateHiddenSource(),
        gateGradientsSource(),
        transposeRowsSource(),
        addToSource(),
        fillRowsSource(),
        gatherRowsSource(),
        scatterAddRowsSource(),
      ]),
    );
    loops = new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as SimdStepLoops;
    instances.set(memory, loops);
  }
  return loops;
}
