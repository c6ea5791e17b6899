import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LatencyBench } from "@/components/bench/latency-bench";
import { type LanguageParams, routeLanguage } from "@/components/route-params";

export const metadata: Metadata = { title: "Benchmark", robots: { index: false } };

/** For `npm run bench`: the fast path against TensorFlow.js's model.predict, in this browser. English only (/bench). */
export default async function BenchPage({ params }: { params: LanguageParams }) {
  if ((await routeLanguage(params)) !== "en") notFound();
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Fast path vs model.predict</h1>
      <p>Latency in milliseconds for reviews of several lengths, measured on this page&rsquo;s main thread.</p>
      <LatencyBench />
    </main>
  );
}
