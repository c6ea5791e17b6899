/**
 * `npm run redeploy -- --preflight`: checks, changing nothing, what a redeploy needs
 * before it starts: the Vercel CLI logged in, the folder linked to a project (or
 * VERCEL_ORG_ID and VERCEL_PROJECT_ID set, as in CI), a Blob token the store accepts,
 * a public store, and whether NEXT_PUBLIC_MODEL_URL exists in the environment yet.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { list } from "@vercel/blob";
import { type NetworkPolicy, withRetries } from "./network";
import { MODEL_URL_VARIABLE } from "./redeploy";
import type { Environment, VercelCli } from "./vercel-cli";

export interface PreflightOptions {
  vercel: VercelCli;
  environment: Environment;
  /** The folder the commands run in (where `vercel link` writes .vercel/project.json). */
  cwd: string;
  env: Record<string, string | undefined>;
  token?: string;
  /** Where the token came from, for the message. */
  tokenSource?: string;
  policy: NetworkPolicy;
  print: (line: string) => void;
}

/** Prints one line per check; resolves true when nothing stands in the way of a redeploy. */
export async function preflight(options: PreflightOptions): Promise<boolean> {
  const { print } = options;
  let problems = 0;
  const ok = (line: string) => print(`  ok    ${line}`);
  const note = (line: string) => print(`  note  ${line}`);
  const fail = (line: string) => {
    problems += 1;
    print(`  FAIL  ${line}`);
  };
  print("Preflight (changes nothing):");

  let loggedIn = false;
  try {
    ok(`the Vercel CLI is logged in as ${await options.vercel.whoami()}`);
    loggedIn = true;
  } catch (error) {
    fail((error as Error).message);
  }

  const projectFile = join(options.cwd, ".vercel", "project.json");
  const linked = existsSync(projectFile) || Boolean(options.env.VERCEL_ORG_ID && options.env.VERCEL_PROJECT_ID);
  if (existsSync(projectFile)) ok(`this folder is linked to a Vercel project (${projectFile})`);
  else if (linked) ok("VERCEL_ORG_ID and VERCEL_PROJECT_ID name the project");
  else
    fail(
      "this folder is not linked to a Vercel project: vercel link --yes (or set VERCEL_ORG_ID and VERCEL_PROJECT_ID)",
    );

  if (!options.token) {
    fail("BLOB_READ_WRITE_TOKEN is not set (environment or .env.local): vercel env pull .env.local");
  } else {
    try {
      const { blobs } = await withRetries(
        "listing the Blob store",
        options.policy,
        () => {},
        (abortSignal) => list({ limit: 1, token: options.token, abortSignal }),
      );
      ok(`the Blob store accepts BLOB_READ_WRITE_TOKEN from ${options.tokenSource ?? "the environment"}`);
      if (blobs.length === 0) note("the store is empty, so whether it is public shows at the first publish");
      else {
        // A public store serves its blobs to anyone; a private one refuses a request without the token.
        const response = await fetch(blobs[0].url, {
          method: "HEAD",
          signal: AbortSignal.timeout(options.policy.timeoutMs),
        });
        if (response.ok) ok("the store is public: browsers can load the model from it");
        else
          fail(
            `the store is not public (an anonymous request for ${blobs[0].pathname} got ${response.status}): browsers could not load the model. Access is fixed when a store is created: create a Public one`,
          );
      }
    } catch (error) {
      fail(`the Blob store refuses BLOB_READ_WRITE_TOKEN or cannot be reached: ${(error as Error).message}`);
    }
  }

  if (loggedIn && linked) {
    try {
      if (await options.vercel.hasEnv(MODEL_URL_VARIABLE, options.environment))
        ok(`${MODEL_URL_VARIABLE} exists in ${options.environment}; redeploy updates it`);
      else note(`${MODEL_URL_VARIABLE} is not set in ${options.environment} yet; redeploy adds it (not sensitive)`);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  print(
    problems === 0 ? "Preflight passed." : `Preflight: ${problems} problem${problems === 1 ? "" : "s"} to fix first.`,
  );
  return problems === 0;
}
