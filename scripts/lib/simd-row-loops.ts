/**
 * The row copies and sums around the fast LSTM's SIMD loops, in the same wasm module
 * (scripts/lib/simd-step-loops.ts): the matMul rows filled from the inputs, the gate gradients
 * transposed for the weight gradient, its chunks summed, and the embedding's rows looked up
 * and their gradients added (scripts/lib/wasm-embedding-kernels.ts). Pointers are byte
 * offsets into the wasm backend's memory.
 */
import { advanceBy, type Lanes, layout, whileBelow } from "./simd-lanes";
import { type FunctionSource, op, type ValueType } from "./wasm-assembler";

export function transposeRowsSource(): FunctionSource {
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

export function fillRowsSource(): FunctionSource {
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

export function gatherRowsSource(): FunctionSource {
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

export function scatterAddRowsSource(): FunctionSource {
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

export function addToSource(): FunctionSource {
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
