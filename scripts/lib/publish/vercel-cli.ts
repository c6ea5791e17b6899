/**
 * The Vercel CLI, driven without a terminal: stdin is an empty pipe, so a command that
 * would ask a question fails instead of waiting, and every command that could ask passes
 * `--yes`. The value of a variable goes in with `--value`, as the CLI's help documents for
 * non-interactive use (not on stdin, which some CLI versions have stored empty). Every
 * flag used here is one the pinned CLI lists in its `--help`
 * (tests/vercel-stand-in-flags.test.ts). What the CLI prints is read as JSON (`--json`)
 * and checked (./answers.ts), so a production domain is known from `vercel inspect`'s own
 * fields. A dry run prints the commands that change something instead, and runs the ones
 * that only read (`whoami`, `env ls`). Ctrl-C (`signal`) stops the command running.
 */
import { spawn } from "node:child_process";
import { checkAnswer, ENV_LIST_ANSWER, INSPECT_ANSWER, parseJsonAnswer } from "./answers";
import { InterruptedError } from "./errors";
import { shellCommand } from "./messages";

export type Environment = "production" | "preview";

export interface VercelRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the timeout (or by a signal). */
  stopped?: boolean;
  /** Why it was killed in time: "it did not finish within 900 s", or the run's deadline. */
  limit?: string;
}

export interface VercelCliOptions {
  /** The executable (default "vercel", found on PATH). */
  bin?: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** A deploy builds the site on Vercel; allow it this long. */
  timeoutMs: number;
  /** Every other command (env, inspect, whoami) is stopped after this long (default 120 s). */
  commandTimeoutMs?: number;
  /** The run's deadline (epoch ms): no command runs past it, whatever its own timeout. */
  deadlineAt?: number;
  /** Ctrl-C: stops the command running (SIGTERM) and fails it with an InterruptedError. */
  signal?: AbortSignal;
  /** Prints each command before it runs (and, in a dry run, instead). */
  print: (line: string) => void;
  dryRun: boolean;
}

export class VercelCliError extends Error {
  override name = "VercelCliError";
}

export interface VercelCli {
  /**
   * Sets `name` for one environment, creating it (not sensitive: the value is a public
   * URL, and a sensitive one cannot be read back) if it does not exist yet.
   */
  setEnv(name: string, value: string, environment: Environment): Promise<void>;
  /** Deploys the linked project; returns the deployment's URL (null in a dry run). */
  deploy(environment: Environment): Promise<string | null>;
  /** What `vercel inspect --json` says of a deployment: its target and which aliases are production domains. */
  inspect(deploymentUrl: string): Promise<DeploymentDetails>;
  /** The account the CLI is logged in as; throws a VercelCliError saying why not. */
  whoami(): Promise<string>;
  /** The records of `name` in `environment` (`vercel env ls --json`): one per Git branch it is set for. */
  envRecords(name: string, environment: Environment): Promise<{ gitBranch: string | null }[]>;
}

export interface DeploymentDetails {
  /** "production", "preview" (or a custom environment's name). */
  target: string;
  /** The aliases that are production domains, as URLs to check. */
  productionDomains: string[];
  /** The Git-branch aliases (`<project>-git-<branch>-<team>.vercel.app`): they follow a branch, not production. */
  branchAliases: string[];
}

/**
 * Sorts `vercel inspect --json`'s aliases. Vercel names a Git-branch alias
 * `<project>-git-<branch>-<team>.vercel.app`, with the project (`name`) and the team
 * (`contextName`) the CLI reports, so a project named `my-git-app` has production domains
 * like `my-git-app.vercel.app` and `my-git-app-team.vercel.app`, and only
 * `my-git-app-git-main-team.vercel.app` is a branch alias. An alias is a host name (the
 * real CLI) or a URL (the test stand-in, which serves each alias at `<origin>/alias/<host>`):
 * any of its `/`-separated parts may be the host.
 */
export function sortAliases(details: { name: string; contextName?: string; aliases?: string[] }): {
  productionDomains: string[];
  branchAliases: string[];
} {
  const branchPrefix = `${details.name.toLowerCase()}-git-`;
  const branchSuffix = details.contextName ? `-${details.contextName.toLowerCase()}.vercel.app` : ".vercel.app";
  const isBranchHost = (host: string) =>
    host.startsWith(branchPrefix) &&
    host.endsWith(branchSuffix) &&
    host.length > branchPrefix.length + branchSuffix.length;
  const sorted = { productionDomains: [] as string[], branchAliases: [] as string[] };
  for (const alias of details.aliases ?? []) {
    const url = (/^https?:\/\//.test(alias) ? alias : `https://${alias}`).replace(/\/$/, "");
    const parts = url
      .replace(/^https?:\/\//, "")
      .toLowerCase()
      .split("/");
    (parts.some(isBranchHost) ? sorted.branchAliases : sorted.productionDomains).push(url);
  }
  return sorted;
}

/** Why a CLI call failed, read from its output: the advice differs for each. */
export function vercelProblem(output: string): string | null {
  if (/isn.t linked to a project|not linked/i.test(output))
    return "this folder is not linked to a Vercel project: run vercel link --yes here (or set VERCEL_ORG_ID and VERCEL_PROJECT_ID)";
  if (/no existing credentials|vercel login|not authorized|token is not valid|invalid token/i.test(output))
    return "the Vercel CLI is not logged in: run vercel login (or set VERCEL_TOKEN)";
  return null;
}

export function vercelCli(options: VercelCliOptions): VercelCli {
  const bin = options.bin ?? "vercel";
  const commandTimeoutMs = options.commandTimeoutMs ?? 120_000;

  /** Runs `vercel ...args`; a deploy gets `timeoutMs` and reports being stopped, any other command fails at `commandTimeoutMs`. */
  async function run(args: string[], readOnly = false, deploy = false): Promise<VercelRun> {
    const own = deploy ? options.timeoutMs : commandTimeoutMs;
    const left = (options.deadlineAt ?? Number.POSITIVE_INFINITY) - Date.now();
    const timeoutMs = Math.min(own, left);
    /** What stops the command in time: its own timeout, or the run's deadline. */
    const limit = left < own ? `the run's deadline (--deadline) passed` : `it did not finish within ${own / 1000} s`;
    const skip = options.dryRun && !readOnly;
    options.print(`${skip ? "would run" : "running"}: ${shellCommand([bin, ...args])}`);
    if (skip) return { code: 0, stdout: "", stderr: "" };
    if (options.signal?.aborted) throw new InterruptedError(`about to run vercel ${args[0]}`);
    const name = `vercel ${args.slice(0, 2).join(" ")}`;
    if (timeoutMs <= 0) throw new VercelCliError(`${name} was not started: the run's deadline (--deadline) passed`);
    return new Promise((resolve, reject) => {
      const child = spawn(bin, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      let stopped = false;
      let interrupted = false;
      const timer = setTimeout(() => {
        stopped = true;
        child.kill("SIGTERM");
      }, timeoutMs);
      const onInterrupt = () => {
        interrupted = true;
        child.kill("SIGTERM");
      };
      options.signal?.addEventListener("abort", onInterrupt);
      const settle = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onInterrupt);
      };
      child.on("error", (error: NodeJS.ErrnoException) => {
        settle();
        reject(
          new VercelCliError(
            error.code === "ENOENT"
              ? `the Vercel CLI (${bin}) is not installed or not on PATH: npm install --global vercel, then vercel login and vercel link`
              : `could not start ${bin}: ${error.message}`,
          ),
        );
      });
      child.on("close", (code, signal) => {
        settle();
        if (interrupted) reject(new InterruptedError(`${name} was running (stopped)`));
        else if (stopped && !deploy) reject(new VercelCliError(`${name} was stopped: ${limit}`));
        else
          resolve({
            code: stopped ? null : code,
            stdout,
            stderr,
            stopped: stopped || signal !== null,
            ...(stopped && { limit }),
          });
      });
      child.stdin.on("error", () => {}); // the CLI may exit before reading its input
      child.stdin.end();
    });
  }

  const failed = (what: string, result: VercelRun) =>
    new VercelCliError(
      `${what} exited with ${result.code}: ${(result.stderr.trim() || result.stdout.trim()).split("\n").slice(-6).join("\n")}`,
    );

  /** Runs a command that only reads, even in a dry run. */
  const read = (args: string[]) => run(args, true);
  const said = (result: VercelRun) => `${result.stdout}\n${result.stderr}`;

  return {
    async setEnv(name, value, environment) {
      const updated = await run(["env", "update", name, environment, "--value", value, "--yes"]);
      if (updated.code === 0) return;
      const problem = vercelProblem(said(updated));
      if (problem) throw new VercelCliError(`vercel env update ${name} ${environment} failed: ${problem}`);
      // "... found for X. Which one ...?" (the prompt), or "... match X. Specify ..." (--non-interactive, or an agent).
      if (/multiple environment variables (found|match)/i.test(said(updated)))
        throw new VercelCliError(
          `several ${name} records match ${environment} (one for all of its branches and one for a Git branch, or one shared with another environment), and vercel env update asks which one, which it cannot without a terminal. Keep one record per environment: vercel env ls ${environment}, then vercel env rm ${name} ${environment} <branch> --yes for the extra ones, and run this again.`,
        );
      if (!/not found|no environment variable .* found/i.test(said(updated)))
        throw failed(`vercel env update ${name} ${environment}`, updated);
      // The first time there is nothing to update. With --yes a preview variable goes to all preview branches.
      options.print(`(no ${name} to update in ${environment}; adding it)`);
      const added = await run(["env", "add", name, environment, "--value", value, "--no-sensitive", "--yes"]);
      if (added.code !== 0) {
        const why = vercelProblem(said(added));
        if (why) throw new VercelCliError(`vercel env add ${name} ${environment} failed: ${why}`);
        throw failed(`vercel env add ${name} ${environment}`, added);
      }
    },

    async deploy(environment) {
      const result = await run(
        environment === "production" ? ["deploy", "--prod", "--yes"] : ["deploy", "--yes"],
        false,
        true,
      );
      if (options.dryRun) return null;
      if (result.stopped)
        throw new VercelCliError(
          `vercel deploy was stopped: ${result.limit ?? "it was killed"}. Stopping the CLI does not cancel the build on Vercel: the deployment may still go live. See it with vercel ls (newest first) and vercel inspect <its URL> (status, aliases).`,
        );
      if (result.code !== 0) {
        const problem = vercelProblem(said(result));
        if (problem) throw new VercelCliError(`vercel deploy failed: ${problem}`);
        throw failed("vercel deploy", result);
      }
      // The CLI prints the deployment's URL on stdout, progress on stderr.
      const url = result.stdout
        .split(/\s+/)
        .filter((word) => /^https?:\/\//.test(word))
        .at(-1);
      if (!url)
        throw new VercelCliError(`vercel deploy succeeded but printed no deployment URL:\n${result.stdout.trim()}`);
      return url.replace(/\/$/, "");
    },

    async inspect(deploymentUrl) {
      const result = await read(["inspect", deploymentUrl, "--json"]);
      if (result.code !== 0) {
        const problem = vercelProblem(said(result));
        throw problem ? new VercelCliError(`vercel inspect failed: ${problem}`) : failed("vercel inspect", result);
      }
      const what = `vercel inspect ${deploymentUrl} --json`;
      const details = checkAnswer(INSPECT_ANSWER, parseJsonAnswer(result.stdout, what), what);
      return { target: details.target ?? "preview", ...sortAliases(details) };
    },

    async whoami() {
      const result = await read(["whoami"]);
      if (result.code === 0) return result.stdout.trim().split("\n").at(-1) ?? "";
      throw new VercelCliError(
        vercelProblem(said(result)) ?? `vercel whoami exited with ${result.code}: ${said(result).trim()}`,
      );
    },

    async envRecords(name, environment) {
      const result = await read(["env", "ls", environment, "--json"]);
      if (result.code !== 0) {
        const problem = vercelProblem(said(result));
        throw problem ? new VercelCliError(`vercel env ls failed: ${problem}`) : failed("vercel env ls", result);
      }
      const what = `vercel env ls ${environment} --json`;
      const { envs } = checkAnswer(ENV_LIST_ANSWER, parseJsonAnswer(result.stdout, what), what);
      return envs
        .filter((record) => record.key === name)
        .filter((record) => record.target === undefined || [record.target].flat().includes(environment))
        .map((record) => ({ gitBranch: record.gitBranch ?? null }));
    },
  };
}
