"use client";

import { useEffect, useState } from "react";
import { type LatencyResult, measureLatency } from "./latency";

/** Runs the latency benchmark once on mount and shows the raw result for scripts/bench.ts to read. */
export function LatencyBench() {
  const [result, setResult] = useState<LatencyResult | { error: string } | null>(null);
  useEffect(() => {
    measureLatency().then(setResult, (error: unknown) => setResult({ error: String(error) }));
  }, []);
  return (
    <pre className="overflow-x-auto text-sm" data-bench-state={result === null ? "running" : "done"}>
      {result === null ? "Measuring…" : JSON.stringify(result, null, 1)}
    </pre>
  );
}
