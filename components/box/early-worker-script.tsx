/**
 * The inline script that starts the box's model worker while the HTML is still being parsed
 * (./early-worker.ts): placed right before the box, it runs as soon as the parser reaches it,
 * before the page's JavaScript has even arrived. The model files it reads are already
 * downloading from the <head> (./model-preloads.ts).
 */
import { earlyWorkerSettings, startEarlyWorker } from "./early-worker";

export function EarlyWorkerScript() {
  const code = `(${startEarlyWorker.toString()})(${JSON.stringify(earlyWorkerSettings())});`;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own function and JSON, no user input
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
