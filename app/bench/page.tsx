import type { Metadata } from "next";
import { LatencyBench } from "@/components/bench/latency-bench";

export const metadata: Metadata = { title: "Benchmark", robots: { index: false } };

/** For `npm run bench`: the fast path against TensorFlow.js's model.predict, in this browser. */
export default function BenchPage() {
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Fast path vs model.predict</h1>
      <p>Latency in milliseconds for reviews of several lengths, measured on this page&rsquo;s main thread.</p>
      <LatencyBench />
    </main>
  );
}
