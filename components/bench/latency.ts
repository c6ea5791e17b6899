/**
 * The latency benchmark run inside the browser by `npm run bench` (see scripts/bench.ts):
 * the fast path (`Predictor.read`) against TensorFlow.js's `model.predict` on the same
 * files, for reviews of several lengths. tfjs is imported here only, never by the box.
 */
import type { Tensor } from "@tensorflow/tfjs";
import { modelInput } from "@/lib/encode";
import { modelBaseUrl } from "@/lib/model-hosting";
import { networkWeightsFromFiles } from "@/lib/network-weights";
import { openModelFolder } from "@/lib/open-model-folder";
import { Predictor } from "@/lib/predictor";
import { webFolder } from "@/lib/web-folder";
import { modelArtifactsOf } from "@/lib/weights-manifest";

export const REVIEW_WORDS = [10, 50, 200, 600] as const;

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export interface LatencyRow {
  words: number;
  fastPath: Timing;
  /** By tfjs backend name. */
  modelPredict: Record<string, Timing>;
  /** Largest |fast path - model.predict| over the backends, for this review. */
  difference: number;
}

export interface LatencyResult {
  /** The tfjs backends that started in this browser, tfjs's own choice first. */
  backends: string[];
  maxLen: number;
  rows: LatencyRow[];
}

const SENTENCES = [
  "the story was good and the acting was great",
  "but the plot was not very interesting at all",
  "i think it is one of the worst films of the year",
  "some scenes were funny and the music was beautiful",
];

/** A review of exactly `count` words. */
export function reviewOfWords(count: number): string {
  const words = SENTENCES.join(" ").split(" ");
  return Array.from({ length: count }, (_, i) => words[i % words.length]).join(" ");
}

export async function measureLatency(): Promise<LatencyResult> {
  const baseUrl = modelBaseUrl();
  // One opening for both paths: the same checked bytes feed the Predictor and tfjs.
  const { reading: metadata, modelJson, weightData } = await openModelFolder(webFolder(baseUrl));
  const predictor = new Predictor(networkWeightsFromFiles(modelJson, weightData), metadata);
  const tf = await import("@tensorflow/tfjs");
  await tf.ready();
  const backends = [tf.getBackend(), ...["webgl", "cpu"].filter((name) => name !== tf.getBackend())];
  const texts = REVIEW_WORDS.map(reviewOfWords);
  const rows: LatencyRow[] = texts.map((text, i) => ({
    words: REVIEW_WORDS[i],
    fastPath: timeRuns(() => predictor.read(text), 40),
    modelPredict: {},
    difference: 0,
  }));
  const started: string[] = [];
  for (const backend of backends) {
    if (!(await tf.setBackend(backend).catch(() => false))) continue;
    started.push(backend);
    const model = await tf.loadLayersModel(tf.io.fromMemory(modelArtifactsOf(modelJson, weightData)));
    const predict = (text: string) =>
      tf.tidy(
        () => (model.predict(tf.tensor2d([modelInput(text, metadata)], undefined, "int32")) as Tensor).dataSync()[0],
      );
    texts.forEach((text, i) => {
      rows[i].modelPredict[backend] = timeRuns(() => predict(text), 12);
      rows[i].difference = Math.max(rows[i].difference, Math.abs(predictor.read(text).probability - predict(text)));
    });
    model.dispose();
  }
  return { backends: started, maxLen: metadata.model.maxLen, rows };
}

/** Runs `work` a few times to warm up, then `runs` times; milliseconds at the 50th and 95th percentile. */
function timeRuns(work: () => unknown, runs: number): Timing {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), runs };
}
