/**
 * Asks a deployment which model it serves (`/api/model-version`, built from
 * NEXT_PUBLIC_MODEL_URL) and waits, bounded, until it names the expected one.
 */
import { sleep } from "./network";

export const MODEL_VERSION_ROUTE = "/api/model-version";

export interface LiveModel {
  /** The base URL the deployment's browser code loads the model from. */
  modelUrl: string;
  /** The version folder of a hosted model, null for the embedded one. */
  version: string | null;
}

export interface LiveCheckOptions {
  attempts: number;
  pollMs: number;
  timeoutMs: number;
  /** Vercel's "Protection Bypass for Automation" secret, for protected preview deployments. */
  bypassSecret?: string;
  log: (line: string) => void;
}

/**
 * What the site answered, which says how to go on: `other-model` (it was built with
 * another NEXT_PUBLIC_MODEL_URL: set the variable and deploy again), `unreadable` (no
 * answer, an error or no such route: deploy again), `protected` (401/403: the check
 * needs the protection bypass secret, or the production domain).
 */
export type LiveCheckFailure = "other-model" | "unreadable" | "protected";

export class LiveCheckError extends Error {
  override name = "LiveCheckError";
  constructor(
    message: string,
    readonly failure: LiveCheckFailure,
  ) {
    super(message);
  }
}

/** Resolves when `deploymentUrl` serves `expectedBaseUrl`; throws with what it serves instead. */
export async function checkLiveModel(
  deploymentUrl: string,
  expectedBaseUrl: string,
  options: LiveCheckOptions,
): Promise<LiveModel> {
  const url = `${deploymentUrl.replace(/\/$/, "")}${MODEL_VERSION_ROUTE}`;
  let last = "";
  let failure: LiveCheckFailure = "unreadable";
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const response = await fetch(url, {
        cache: "no-store",
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: options.bypassSecret ? { "x-vercel-protection-bypass": options.bypassSecret } : {},
      });
      if (response.status === 401 || response.status === 403) {
        throw new LiveCheckError(
          `${url} answered ${response.status}${options.bypassSecret ? " even with VERCEL_AUTOMATION_BYPASS_SECRET (is it this project's?)" : ""}: the deployment is protected (Vercel Authentication, on by default for deployment URLs). Set VERCEL_AUTOMATION_BYPASS_SECRET to the project's Protection Bypass for Automation secret (Settings -> Deployment Protection), or check the production domain with --site-url.`,
          "protected",
        );
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const live = (await response.json()) as Partial<LiveModel>;
      if (live.modelUrl === expectedBaseUrl) return { modelUrl: live.modelUrl, version: live.version ?? null };
      last = `it serves the model at ${live.modelUrl ?? "(no modelUrl in the answer)"}`;
      failure = live.modelUrl ? "other-model" : "unreadable";
    } catch (error) {
      if (error instanceof LiveCheckError) throw error;
      last = `${url} could not be read (${(error as Error).message})`;
      failure = "unreadable";
    }
    if (attempt < options.attempts) {
      options.log(`live check: ${last}; asking again (${attempt + 1} of ${options.attempts})`);
      await sleep(options.pollMs);
    }
  }
  throw new LiveCheckError(`${deploymentUrl} does not serve ${expectedBaseUrl}: ${last}`, failure);
}
