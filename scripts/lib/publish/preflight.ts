/**
 * `npm run redeploy -- --preflight`: checks, changing nothing, everything a redeploy to
 * the chosen environment needs, so that a run it passes does not fail late for a reason
 * it could have seen: the Vercel CLI logged in, the folder linked to a project (or
 * VERCEL_ORG_ID and VERCEL_PROJECT_ID set, as in CI), a Blob token the store accepts, a
 * public store, at most one NEXT_PUBLIC_MODEL_URL record for the environment (with two,
 * `vercel env update` asks which, and fails), and for a preview the protection bypass
 * secret (its deployment URL is protected by default, so the live check needs it).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { list } from "@vercel/blob";
import { checkAnswer, LIST_ANSWER } from "./answers";
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
        async (abortSignal) =>
          checkAnswer(LIST_ANSWER, await list({ limit: 1, token: options.token, abortSignal }), "the Blob service"),
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
      const records = await options.vercel.envRecords(MODEL_URL_VARIABLE, options.environment);
      const branches = records.filter((record) => record.gitBranch !== null).map((record) => record.gitBranch);
      if (records.length === 1)
        ok(`${MODEL_URL_VARIABLE} exists in ${options.environment} (one record); redeploy updates it`);
      else if (records.length === 0)
        note(`${MODEL_URL_VARIABLE} is not set in ${options.environment} yet; redeploy adds it (not sensitive)`);
      else
        fail(
          `${MODEL_URL_VARIABLE} has ${records.length} records in ${options.environment}${branches.length > 0 ? ` (${branches.length} for Git branch${branches.length === 1 ? "" : "es"} ${branches.join(", ")})` : ""}: vercel env update would ask which one and fail at step 2. Keep one: vercel env rm ${MODEL_URL_VARIABLE} ${options.environment} <branch> --yes for each extra one`,
        );
    } catch (error) {
      fail((error as Error).message);
    }
  }

  // A preview is checked at its deployment URL, which Standard protection (the default) answers with 401.
  const bypass = Boolean(options.env.VERCEL_AUTOMATION_BYPASS_SECRET);
  if (options.environment === "preview" && !bypass)
    fail(
      "VERCEL_AUTOMATION_BYPASS_SECRET is not set: a preview is checked at its deployment URL, which a protected project (the default) answers with 401, so the run would publish, set the variable and deploy, then fail its check. Settings -> Deployment Protection -> Protection Bypass for Automation: create the secret and export it",
    );
  else if (bypass) ok("VERCEL_AUTOMATION_BYPASS_SECRET is set: a protected deployment URL can be checked");
  else note("VERCEL_AUTOMATION_BYPASS_SECRET is not set: production is checked at its production domain only");
  print(
    problems === 0 ? "Preflight passed." : `Preflight: ${problems} problem${problems === 1 ? "" : "s"} to fix first.`,
  );
  return problems === 0;
}
