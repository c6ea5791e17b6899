/**
 * Which model this deployment's browser code loads, as JSON, so `npm run redeploy` can
 * check that the live site runs the version it just published. Built once, at build
 * time, from the same NEXT_PUBLIC_MODEL_URL the pages use.
 */
import { modelBaseUrl, modelSource } from "@/lib/model-hosting";

export const dynamic = "force-static";

export function GET(): Response {
  const source = modelSource();
  return Response.json({ modelUrl: modelBaseUrl(), version: source.hosted ? source.version : null });
}
