/**
 * 8-bit weights, written by training only (`quantize` in a recipe): the browser reads them
 * through the manifest's `quantization` field (lib/weights-manifest.ts).
 */
import type { ModelJson, WeightSpec } from "../../lib/weights-manifest";

/**
 * Affine 8-bit quantization of float32 weights, per weight tensor, in the form tfjs's
 * manifest reads (`quantization: { dtype: "uint8", scale, min }`), so `tf.loadLayersModel`
 * still loads the folder. Returns the new manifest group and weight bytes.
 */
export function quantizeWeights(
  entries: readonly { name: string; shape: number[]; values: Float32Array }[],
  path: string,
): { group: ModelJson["weightsManifest"][number]; data: Uint8Array } {
  const total = entries.reduce((sum, entry) => sum + entry.values.length, 0);
  const data = new Uint8Array(total);
  const weights: WeightSpec[] = [];
  let offset = 0;
  for (const { name, shape, values } of entries) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (values.length === 0) min = max = 0;
    const scale = max > min ? (max - min) / 255 : 1;
    for (let i = 0; i < values.length; i++) data[offset + i] = Math.round((values[i] - min) / scale);
    weights.push({ name, shape, dtype: "float32", quantization: { dtype: "uint8", scale, min } });
    offset += values.length;
  }
  return { group: { paths: [path], weights }, data };
}
