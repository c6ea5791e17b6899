/**
 * Asks a site which model it serves (`/api/model-version`, built from
 * NEXT_PUBLIC_MODEL_URL) and waits, bounded, until it names the expected one; `checkSite`
 * picks the sites to ask: what visitors of an environment get.
 */
import { checkAnswer, MODEL_VERSION_ANSWER, parseJsonAnswer } from "./answers";
import { InterruptedError } from "./errors";
import { sleep } from "./network";
import type { Environment, VercelCli } from "./vercel-cli";

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
  /** Ctrl-C: stops asking. */
  signal?: AbortSignal;
  /** The run's deadline (epoch ms): no request, and no wait, goes past it. */
  deadlineAt?: number;
  log: (line: string) => void;
}

/**
 * What the site answered, which says how to go on: `other-model` (it was built with
 * another NEXT_PUBLIC_MODEL_URL: set the variable and deploy again), `unreadable` (no
 * answer, an error or no such route: deploy again), `not-production` (the deployment is
 * fine but the production domain does not point at it: promote it or deploy again),
 * `protected` (401/403: the check needs the protection bypass secret, or --site-url).
 */
export type LiveCheckFailure = "other-model" | "unreadable" | "not-production" | "protected";

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
    const left = (options.deadlineAt ?? Number.POSITIVE_INFINITY) - Date.now();
    if (left <= 0) {
      last = `${last ? `${last}; then ` : ""}the run's deadline (--deadline) passed`;
      break;
    }
    try {
      if (options.signal?.aborted) throw new InterruptedError(`asking ${url}`);
      const timeout = AbortSignal.timeout(Math.min(options.timeoutMs, left));
      const response = await fetch(url, {
        cache: "no-store",
        signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
        headers: options.bypassSecret ? { "x-vercel-protection-bypass": options.bypassSecret } : {},
      });
      if (response.status === 401 || response.status === 403) {
        throw new LiveCheckError(
          `${url} answered ${response.status}${options.bypassSecret ? " even with VERCEL_AUTOMATION_BYPASS_SECRET (is it this project's?)" : ""}: the deployment is protected (Vercel Authentication, on by default for deployment URLs). Set VERCEL_AUTOMATION_BYPASS_SECRET to the project's Protection Bypass for Automation secret (Settings -> Deployment Protection), or check the production domain with --site-url.`,
          "protected",
        );
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // A 200 from a proxy or a login page is not the route's answer: checked, and asked again.
      const body = await response.text();
      const live = checkAnswer(
        MODEL_VERSION_ANSWER,
        parseJsonAnswer(body, url, response.headers.get("content-type") ?? ""),
        url,
      );
      if (live.modelUrl === expectedBaseUrl) return { modelUrl: live.modelUrl, version: live.version ?? null };
      last = `it serves the model at ${live.modelUrl}`;
      failure = "other-model";
    } catch (error) {
      if (error instanceof LiveCheckError || error instanceof InterruptedError) throw error;
      if (options.signal?.aborted) throw new InterruptedError(`asking ${url}`);
      last = `${url} could not be read (${(error as Error).message})`;
      failure = "unreadable";
    }
    if (attempt < options.attempts) {
      options.log(`live check: ${last}; asking again (${attempt + 1} of ${options.attempts})`);
      const pause = Math.min(
        options.pollMs,
        Math.max(0, (options.deadlineAt ?? Number.POSITIVE_INFINITY) - Date.now()),
      );
      if (!(await sleep(pause, options.signal))) throw new InterruptedError(`waiting to ask ${url} again`);
    }
  }
  throw new LiveCheckError(`${deploymentUrl} does not serve ${expectedBaseUrl}: ${last}`, failure);
}

/**
 * What visitors get. A preview is checked at its deployment URL (protected by default:
 * needs the bypass secret). Production is checked at its production domain, from
 * --site-url or `vercel inspect`: `vercel deploy --prod` can exit 0 while the domain
 * still points at the old deployment (a failed alias), and the deployment URL itself
 * answers 401 on a project with Standard protection.
 */
export async function checkSite(
  url: string,
  baseUrl: string,
  version: string,
  options: LiveCheckOptions & { environment: Environment; siteUrl?: string; vercel: VercelCli },
): Promise<void> {
  const check = (site: string): Promise<LiveModel> => checkLiveModel(site, baseUrl, options);
  const served = (site: string, live: LiveModel) =>
    options.log(`${site} serves version ${live.version ?? version} from ${live.modelUrl}`);
  if (options.environment === "preview") {
    served(url, await check(url));
    return;
  }
  let deploymentServes = false;
  try {
    served(url, await check(url));
    deploymentServes = true;
  } catch (error) {
    if ((error as Partial<LiveCheckError>).failure !== "protected") throw error;
    options.log(`${url} is protected (401); checking the production domain, which visitors use`);
  }
  // Production domains as `vercel inspect --json` reports them (./vercel-cli.ts sortAliases), not guessed from their names.
  let domains: string[];
  if (options.siteUrl) domains = [options.siteUrl.replace(/\/$/, "")];
  else {
    const details = await options.vercel.inspect(url);
    if (details.target !== "production")
      throw new LiveCheckError(
        `vercel inspect says ${url} is a ${details.target} deployment, not production: vercel deploy --prod did not make a production deployment. Deploy again.`,
        "unreadable",
      );
    domains = details.productionDomains;
  }
  if (domains.length === 0) {
    throw new LiveCheckError(
      `vercel inspect lists no production domain for ${url}: it did not become the production deployment (the alias failed, or the project has no production domain). See vercel inspect ${url} and vercel ls; vercel promote ${url} makes it production. Or give the domain visitors use with --site-url.`,
      "not-production",
    );
  }
  for (const domain of domains) {
    try {
      served(domain, await check(domain));
    } catch (error) {
      if (!deploymentServes || (error as Partial<LiveCheckError>).failure !== "other-model") throw error;
      throw new LiveCheckError(
        `${(error as Error).message}, while ${url} itself serves it: vercel deploy --prod exited 0 but ${domain} still points at an older deployment (the alias failed). vercel promote ${url} makes it production; or deploy again.`,
        "not-production",
      );
    }
  }
}
