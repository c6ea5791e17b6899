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
import { advanceBy, type Lanes, layout, offsetFrom, whileBelow } from "./simd-lanes";
import {
  addToSource,
  fillRowsSource,
  gatherRowsSource,
  scatterAddRowsSource,
  transposeRowsSource,
} from "./simd-row-loops";
import { assembleModule, type FunctionSource, op } from "./wasm-assembler";

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
