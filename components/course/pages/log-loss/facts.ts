/** What the log-loss page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
import { binaryMetrics } from "@/lib/metrics";

/** Worked examples, computed by the same function the evaluation uses. */
export const EXAMPLES = (
  [
    [1, 0.9],
    [0, 0.9],
    [1, 0.5],
    [1, 0.01],
  ] as const
).map(([y, p]) => ({ y, p, loss: binaryMetrics([y], [p]).logLoss.toFixed(3) }));
