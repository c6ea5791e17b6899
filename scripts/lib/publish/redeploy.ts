/**
 * Publish → set NEXT_PUBLIC_MODEL_URL → deploy → check the live site, as steps that can
 * each be resumed. Every step is safe to repeat: publishing reuses what is in the store,
 * setting the variable overwrites it, and the check only reads. A failure names the step,
 * says what is already done, and prints the command that goes on from there.
 */
import { failureMessage, PublishFailure } from "./errors";
import { checkLiveModel, type LiveCheckOptions } from "./live-check";
import { shellCommand } from "./messages";
import { networkPolicyWith } from "./network";
import { pointerPathname, readPointer } from "./pointer";
import { type PublishResult, pointToVersion, publishModel, type StoreOptions } from "./publish";
import { blobStore } from "./store";
import type { Environment, VercelCli } from "./vercel-cli";

export const MODEL_URL_VARIABLE = "NEXT_PUBLIC_MODEL_URL";
export const REDEPLOY_STEPS = ["publish", "env", "deploy", "check"] as const;
export type RedeployStep = (typeof REDEPLOY_STEPS)[number];

/** What to put live: a model folder to publish first, a version in the store, or the one before the current. */
export type ModelChoice = { dir: string } | { version: string } | { previous: true };

export interface RedeployOptions extends StoreOptions {
  model: ModelChoice;
  environment: Environment;
  /** Skip the steps before this one (they were done by an earlier run). */
  from: RedeployStep;
  /** The deployment to check when starting at "check". */
  deploymentUrl?: string;
  dryRun: boolean;
  repair: boolean;
  vercel: VercelCli;
  liveCheck: Omit<LiveCheckOptions, "log">;
  print: (line: string) => void;
  /** The command line that redoes this run from `step` for `version`, for failure messages. */
  resumeFrom: (step: RedeployStep, version: string | null, deploymentUrl?: string) => string;
}

export interface RedeployResult {
  version: string;
  baseUrl: string;
  deploymentUrl: string | null;
}

export async function redeploy(options: RedeployOptions): Promise<RedeployResult | null> {
  const { print } = options;
  const starts = REDEPLOY_STEPS.indexOf(options.from);
  if (options.from === "check" && !options.deploymentUrl)
    throw new PublishFailure("--from check needs --deployment-url: the URL vercel deploy printed");

  // Step 1: the model, published and named by the pointer. Done again when resuming: it is cheap and proves the version is intact.
  const published = await publishStep(options);
  if (published === null) return null;
  const { version, baseUrl } = published;
  const done = (what: string) => `Version ${version} is published (${baseUrl}) and the pointer names it. ${what}`;

  const run = async <T>(
    step: RedeployStep,
    state: string,
    resumeStep: RedeployStep,
    work: () => Promise<T>,
    deploymentUrl?: string,
  ): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new PublishFailure(
        failureMessage({
          step: stepTitle(step, options.environment),
          cause: (error as Error).message,
          state,
          resume: options.resumeFrom(resumeStep, version, deploymentUrl),
        }),
      );
    }
  };

  if (starts <= REDEPLOY_STEPS.indexOf("env")) {
    print(`\n[2/4] ${stepTitle("env", options.environment)}`);
    await run(
      "env",
      done(`${MODEL_URL_VARIABLE} may still name the old model in ${options.environment}; nothing was deployed.`),
      "env",
      () => options.vercel.setEnv(MODEL_URL_VARIABLE, baseUrl, options.environment),
    );
  }
  let deploymentUrl = options.deploymentUrl ?? null;
  if (starts <= REDEPLOY_STEPS.indexOf("deploy")) {
    print(`\n[3/4] ${stepTitle("deploy", options.environment)}`);
    deploymentUrl = await run(
      "deploy",
      done(
        `${MODEL_URL_VARIABLE} is set for ${options.environment}, but no new deployment went live: visitors still get the old model.`,
      ),
      "deploy",
      () => options.vercel.deploy(options.environment),
    );
  }
  print(`\n[4/4] ${stepTitle("check", options.environment)}`);
  if (options.dryRun || deploymentUrl === null) {
    print(`would check: GET <deployment URL>/api/model-version answers {"modelUrl": "${baseUrl}"}`);
    return { version, baseUrl, deploymentUrl };
  }
  const url = deploymentUrl;
  const live = await run(
    "check",
    done(`${url} was deployed but does not (yet) serve it.`),
    "check",
    () => checkLiveModel(url, baseUrl, { ...options.liveCheck, log: print }),
    url,
  );
  print(`${url} serves version ${live.version ?? version} from ${live.modelUrl}`);
  return { version, baseUrl, deploymentUrl: url };
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
    const resumeCommand = options.resumeFrom("publish", null);
    result = await publishModel(model.dir, {
      ...options,
      dryRun: options.dryRun,
      repair: options.repair,
      log: print,
      resumeCommand,
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
      resumeCommand: options.resumeFrom("publish", version),
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
