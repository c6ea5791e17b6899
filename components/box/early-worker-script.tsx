/**
 * The inline script that starts the box's model worker while the HTML is still being parsed
 * (./early-worker.ts): placed right before the box, it runs as soon as the parser reaches it,
 * before the page's JavaScript has even arrived. The model files it reads are already
 * downloading from the <head> (./model-preloads.ts); it hands their bodies to the worker.
 */
import { earlyWorkerSettings, startEarlyWorker } from "./early-worker";

/** `modelUrls`: the model files the page preloads (./model-preloads.ts, `boxModelUrls`). */
export function EarlyWorkerScript({ modelUrls }: { modelUrls: readonly string[] }) {
  const settings = earlyWorkerSettings(modelUrls);
  const code = `(${startEarlyWorker.toString()})(${JSON.stringify(settings)});`;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own function and JSON, no user input
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
