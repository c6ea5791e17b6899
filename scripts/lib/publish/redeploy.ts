/**
 * Publish → set NEXT_PUBLIC_MODEL_URL → deploy → check the live site, as steps that can
 * each be resumed. Publishing reuses what is in the store, setting the variable
 * overwrites it, and the check only reads. A run never undoes a newer publish: a resume
 * (`--from env|deploy|check`) reads the pointer first and stops if it names another
 * version, and every run reads it again before deploying and before it reports "Done";
 * if someone published meanwhile it stops there, saying what is live, what the pointer
 * names and the one command that puts the newest model live. A failure names the step,
 * says what is already done, and prints the command that goes on from there; Ctrl-C
 * (`policy.signal`) does the same and the command exits 130.
 */

import { readBundle } from "./bundle";
import { failureMessage, InterruptedError, PublishFailure } from "./errors";
import { checkSite, type LiveCheckFailure, type LiveCheckOptions } from "./live-check";
import { shellCommand } from "./messages";
import { type NetworkPolicy, networkPolicyWith, startRun } from "./network";
import { pointerPathname, readPointer } from "./pointer";
import { type PublishResult, pointToVersion, publishModel, type StoreOptions } from "./publish";
import { blobStore } from "./store";
import type { Environment, VercelCli } from "./vercel-cli";

export const MODEL_URL_VARIABLE = "NEXT_PUBLIC_MODEL_URL";
export const REDEPLOY_STEPS = ["publish", "env", "deploy", "check"] as const;
export type RedeployStep = (typeof REDEPLOY_STEPS)[number];

/** What to put live: a model folder to publish first, a version in the store, or the one before the current. */
export type ModelChoice = { dir: string } | { version: string } | { previous: true };

/** Where a printed command picks up: the step, the version published (null before publishing), and what else it needs. */
export interface ResumePoint {
  step: RedeployStep;
  version: string | null;
  deploymentUrl?: string;
  /** The command must carry --repair: a damaged copy was found. */
  repair?: boolean;
}

export interface RedeployOptions extends StoreOptions {
  model: ModelChoice;
  environment: Environment;
  /** Skip the steps before this one (they were done by an earlier run). */
  from: RedeployStep;
  /** The deployment to check when starting at "check". */
  deploymentUrl?: string;
  /** The production domain visitors use, to check instead of finding it with `vercel inspect`. */
  siteUrl?: string;
  dryRun: boolean;
  repair: boolean;
  /** Publish a folder whose model.json records no weights or vocabulary SHA-256. */
  allowUnhashed?: boolean;
  vercel: VercelCli;
  liveCheck: Omit<LiveCheckOptions, "log">;
  print: (line: string) => void;
  /** The command line that redoes this run from a point, for failure messages. */
  resumeFrom: (point: ResumePoint) => string;
}

export interface RedeployResult {
  version: string;
  baseUrl: string;
  deploymentUrl: string | null;
}

export async function redeploy(given: RedeployOptions): Promise<RedeployResult | null> {
  // One deadline for every Blob request of the run, the publish's and the pointer reads after it.
  const policy = startRun(networkPolicyWith(given.policy));
  const options: RedeployOptions = { ...given, policy };
  const { print } = options;
  const starts = REDEPLOY_STEPS.indexOf(options.from);
  if (options.from === "check" && !options.deploymentUrl)
    throw new PublishFailure("--from check needs --deployment-url: the URL vercel deploy printed");

  // Step 1: the model, published and named by the pointer; a resume only checks the pointer still names it.
  const published = options.from === "publish" ? await publishStep(options) : await resumedVersion(options);
  if (published === null) return null;
  const { version, baseUrl } = published;
  const done = (what: string) => `Version ${version} is published (${baseUrl}) and the pointer names it. ${what}`;

  const run = async <T>(
    step: RedeployStep,
    state: string,
    resume: (error: Error) => ResumePoint,
    work: () => Promise<T>,
  ): Promise<T> => {
    try {
      if (policy.signal?.aborted) throw new InterruptedError(stepTitle(step, options.environment));
      return await work();
    } catch (error) {
      if (error instanceof PublishFailure) throw error;
      throw new PublishFailure(
        failureMessage({
          step: stepTitle(step, options.environment),
          cause: (error as Error).message,
          state,
          resume: options.resumeFrom(resume(error as Error)),
        }),
        error instanceof InterruptedError,
      );
    }
  };
  /** Reads the pointer again (not in a dry run); stops if someone published since (see `stillNamed`). */
  const confirm = async (moment: "deploy" | "done", live: string, resume: ResumePoint) => {
    if (options.dryRun) return;
    await run(
      moment === "deploy" ? "deploy" : "check",
      done(live),
      () => resume,
      () => stillNamed(options, version, policy, live),
    );
  };

  if (starts <= REDEPLOY_STEPS.indexOf("env")) {
    print(`\n[2/4] ${stepTitle("env", options.environment)}`);
    await run(
      "env",
      done(`${MODEL_URL_VARIABLE} may still name the old model in ${options.environment}; nothing was deployed.`),
      () => ({ step: "env", version }),
      () => options.vercel.setEnv(MODEL_URL_VARIABLE, baseUrl, options.environment),
    );
  }
  let deploymentUrl = options.deploymentUrl ?? null;
  if (starts <= REDEPLOY_STEPS.indexOf("deploy")) {
    print(`\n[3/4] ${stepTitle("deploy", options.environment)}`);
    await confirm(
      "deploy",
      `Nothing was deployed by this run: ${options.environment} serves what it served before${starts <= REDEPLOY_STEPS.indexOf("env") ? `, though ${MODEL_URL_VARIABLE} names ${version} now` : ""}.`,
      { step: "deploy", version },
    );
    deploymentUrl = await run(
      "deploy",
      done(
        `${MODEL_URL_VARIABLE} is set for ${options.environment}, but no new deployment is known to be live: visitors may still get the old model.`,
      ),
      () => ({ step: "deploy", version }),
      () => options.vercel.deploy(options.environment),
    );
  }
  print(`\n[4/4] ${stepTitle("check", options.environment)}`);
  if (options.dryRun || deploymentUrl === null) {
    const where =
      options.environment === "production" ? (options.siteUrl ?? "<production domain>") : "<deployment URL>";
    print(`would check: GET ${where}/api/model-version answers {"modelUrl": "${baseUrl}"}`);
    return { version, baseUrl, deploymentUrl };
  }
  const url = deploymentUrl;
  await run(
    "check",
    done(`${url} was deployed but visitors do not (yet) get it.`),
    (error) => ({ step: resumeAfterCheck(error), version, deploymentUrl: url }),
    () =>
      checkSite(url, baseUrl, version, {
        ...options.liveCheck,
        signal: policy.signal,
        environment: options.environment,
        siteUrl: options.siteUrl,
        vercel: options.vercel,
        log: options.print,
      }),
  );
  await confirm("done", `${options.environment} serves ${version} (${url}, checked).`, {
    step: "check",
    version,
    deploymentUrl: url,
  });
  return { version, baseUrl, deploymentUrl: url };
}

/**
 * Reads the pointer again; resolves if it still names `version`. Otherwise someone
 * published `newer` while this run was setting the variable or deploying: going on (or
 * saying "Done") would leave the older model live over theirs. It stops with a
 * PublishFailure saying what is live (`live`), what the pointer names, and the one
 * command that puts the pointer's version live (a resume of that version from "env": it
 * checks the pointer names it, sets the variable, deploys and checks).
 */
async function stillNamed(
  options: RedeployOptions,
  version: string,
  policy: NetworkPolicy,
  live: string,
): Promise<void> {
  const pathname = pointerPathname(options.prefix ?? "models");
  const current = await readPointer(
    blobStore(options.token ?? "", policy, () => {}),
    pathname,
  );
  if (current?.pointer.version === version) return;
  const names = current ? `${current.pointer.version} (published ${current.pointer.createdAt})` : "nothing";
  throw new PublishFailure(
    [
      `stopped: ${pathname} now names ${names}, not ${version}: someone published while this run was putting ${version} live, and going on would leave the older model live over theirs.`,
      `Live: ${live}`,
      `The pointer names: ${current ? current.pointer.version : "nothing"}.`,
      ...(current
        ? [
            `To put ${current.pointer.version} live (the newest):\n  ${options.resumeFrom({ step: "env", version: current.pointer.version })}`,
          ]
        : []),
    ].join("\n"),
  );
}

/**
 * A deployment never changes, so checking it again cannot help unless only the check's
 * access was wrong: another model means the build read another value (set it, deploy
 * again); no answer, or no production domain on it, means deploy again.
 */
function resumeAfterCheck(error: Error): RedeployStep {
  const failure = (error as { failure?: LiveCheckFailure }).failure;
  return failure === "other-model" ? "env" : failure === "protected" ? "check" : "deploy";
}

function stepTitle(step: RedeployStep, environment: Environment): string {
  return {
    publish: "publishing the model",
    env: `setting ${MODEL_URL_VARIABLE} for ${environment}`,
    deploy: `deploying to ${environment}`,
    check: "checking the live site serves the new model",
  }[step];
}

async function publishStep(options: RedeployOptions): Promise<{ version: string; baseUrl: string } | null> {
  const { model, print } = options;
  print("[1/4] publishing the model");
  let result: PublishResult;
  if ("dir" in model) {
    result = await publishModel(model.dir, {
      ...options,
      dryRun: options.dryRun,
      repair: options.repair,
      log: print,
      resumeCommand: ({ repair }) => options.resumeFrom({ step: "publish", version: null, repair }),
    });
    if (options.dryRun) {
      print(
        `would publish version ${result.version} to ${result.versionPathname} and point ${result.pointerPathname} at it`,
      );
      return { version: result.version, baseUrl: `<URL of ${result.versionPathname} in your store>` };
    }
  } else {
    const version = "version" in model ? model.version : await previousVersion(options);
    if (options.dryRun) {
      print(
        `would check version ${version} in the store and point ${pointerPathname(options.prefix ?? "models")} at it`,
      );
      return { version, baseUrl: `<URL of version ${version} in your store>` };
    }
    result = await pointToVersion(version, {
      ...options,
      log: print,
      resumeCommand: () => options.resumeFrom({ step: "publish", version }),
    });
  }
  if (result.baseUrl === null) return null;
  print(
    result.pointerMoved
      ? `the pointer now names ${result.version}${result.previousVersion ? ` (was ${result.previousVersion})` : ""}`
      : `the pointer already named ${result.version}`,
  );
  return { version: result.version, baseUrl: result.baseUrl };
}

/**
 * Resuming after step 1: the pointer must still name the version the earlier run
 * published. If it names another, someone published since; going on would put the older
 * one live over theirs, so this stops, changes nothing, and says how to choose.
 */
async function resumedVersion(options: RedeployOptions): Promise<{ version: string; baseUrl: string }> {
  const { model, print } = options;
  if ("previous" in model)
    throw new PublishFailure(
      `--from ${options.from} resumes a run for one version: give --version (as printed), not --previous`,
    );
  const version = "version" in model ? model.version : (await readBundle(model.dir, options)).version;
  const pathname = pointerPathname(options.prefix ?? "models");
  print(`[1/4] resuming at "${options.from}": checking ${pathname} still names ${version}`);
  if (options.dryRun) {
    print(`would check that ${pathname} names ${version}; the pointer is not moved when resuming`);
    return { version, baseUrl: `<URL of version ${version} in your store>` };
  }
  if (!options.token)
    throw new PublishFailure("resuming reads the pointer in the Blob store, which needs BLOB_READ_WRITE_TOKEN");
  const choose = (other: string) =>
    `To put ${version} live anyway (the pointer moves back to it): ${options.resumeFrom({ step: "publish", version })}\nTo put ${other} live instead: ${options.resumeFrom({ step: "publish", version: other })}`;
  let current: Awaited<ReturnType<typeof readPointer>>;
  try {
    current = await readPointer(blobStore(options.token, networkPolicyWith(options.policy), print), pathname);
  } catch (error) {
    if (error instanceof InterruptedError)
      throw new PublishFailure(
        `resuming stopped: ${error.message}; nothing was changed. Resume with:\n  ${options.resumeFrom({ step: options.from, version, deploymentUrl: options.deploymentUrl })}`,
        true,
      );
    throw new PublishFailure(
      `resuming failed: could not read ${pathname} (${(error as Error).message}); nothing was changed. Run the same command again.`,
    );
  }
  if (current === null)
    throw new PublishFailure(
      `resuming stopped: ${pathname} names nothing, so ${version} was never put live under --prefix ${options.prefix ?? "models"}; nothing was changed. Publish it first: ${options.resumeFrom({ step: "publish", version })}`,
    );
  if (current.pointer.version !== version)
    throw new PublishFailure(
      `resuming stopped: ${pathname} now names ${current.pointer.version} (since ${current.pointer.createdAt}), not ${version}: someone published another version after the run you are resuming. Going on would put ${version} live over it, so nothing was changed.\n${choose(current.pointer.version)}`,
    );
  print(`the pointer still names ${version}, as the run being resumed left it`);
  return { version, baseUrl: current.pointer.baseUrl };
}

/** The version before the current one, from the pointer's record. */
async function previousVersion(options: RedeployOptions): Promise<string> {
  if (!options.token)
    throw new PublishFailure("--previous reads the pointer in the Blob store, which needs BLOB_READ_WRITE_TOKEN");
  const pathname = pointerPathname(options.prefix ?? "models");
  const store = blobStore(options.token, networkPolicyWith(options.policy), options.print);
  const current = await readPointer(store, pathname);
  const previous = current?.pointer.previous?.version ?? current?.pointer.history[0]?.version;
  if (!current || !previous)
    throw new PublishFailure(
      `${pathname} names ${current ? `only ${current.pointer.version}, with no version before it` : "nothing"}: there is nothing to roll back to`,
    );
  return previous;
}

/** `npm run redeploy -- ...` with the flags that choose the same store, environment and checks. */
export function redeployCommand(flags: string[]): string {
  return shellCommand(["npm", "run", "redeploy", "--", ...flags]);
}
