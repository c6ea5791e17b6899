/**
 * The Vercel CLI, driven without a terminal: stdin is a pipe carrying the value (or
 * nothing), so a command that would ask a question fails instead of waiting, and every
 * command that could ask passes `--yes` (and `--non-interactive` where the CLI would ask
 * which Git branch). A dry run prints the commands that change something instead, and
 * runs the ones that only read (`whoami`, `env ls`).
 */
import { spawn } from "node:child_process";
import { shellCommand } from "./messages";

export type Environment = "production" | "preview";

export interface VercelRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the timeout (or by a signal). */
  stopped?: boolean;
}

export interface VercelCliOptions {
  /** The executable (default "vercel", found on PATH). */
  bin?: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** A deploy builds the site on Vercel; allow it this long. */
  timeoutMs: number;
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
  /** The aliases `vercel inspect` lists for a deployment (production domains among them), as URLs. */
  aliases(deploymentUrl: string): Promise<string[]>;
  /** The account the CLI is logged in as; throws a VercelCliError saying why not. */
  whoami(): Promise<string>;
  /** Whether `name` is set in `environment` (`vercel env ls`). */
  hasEnv(name: string, environment: Environment): Promise<boolean>;
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

  async function run(args: string[], input: string, readOnly = false): Promise<VercelRun> {
    const shown = input
      ? `printf '%s' ${shellCommand([input])} | ${shellCommand([bin, ...args])}`
      : shellCommand([bin, ...args]);
    const skip = options.dryRun && !readOnly;
    options.print(`${skip ? "would run" : "running"}: ${shown}`);
    if (skip) return { code: 0, stdout: "", stderr: "" };
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
      const timer = setTimeout(() => {
        stopped = true;
        child.kill("SIGTERM");
      }, options.timeoutMs);
      child.on("error", (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          new VercelCliError(
            error.code === "ENOENT"
              ? `the Vercel CLI (${bin}) is not installed or not on PATH: npm install --global vercel, then vercel login and vercel link`
              : `could not start ${bin}: ${error.message}`,
          ),
        );
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({ code: stopped ? null : code, stdout, stderr, stopped: stopped || signal !== null });
      });
      child.stdin.on("error", () => {}); // the CLI may exit before reading its input
      child.stdin.end(input);
    });
  }

  const failed = (what: string, result: VercelRun) =>
    new VercelCliError(
      `${what} exited with ${result.code}: ${(result.stderr.trim() || result.stdout.trim()).split("\n").slice(-6).join("\n")}`,
    );

  /** Runs a command that only reads, even in a dry run. */
  const read = (args: string[]) => run(args, "", true);
  const said = (result: VercelRun) => `${result.stdout}\n${result.stderr}`;

  return {
    async setEnv(name, value, environment) {
      const updated = await run(["env", "update", name, environment, "--yes"], value);
      if (updated.code === 0) return;
      const problem = vercelProblem(said(updated));
      if (problem) throw new VercelCliError(`vercel env update ${name} ${environment} failed: ${problem}`);
      if (/multiple environment variables found/i.test(said(updated)))
        throw new VercelCliError(
          `several ${name} records match ${environment} (one for all of its branches and one for a Git branch, or one shared with another environment), and vercel env update asks which one, which it cannot without a terminal. Keep one record per environment: vercel env ls ${environment}, then vercel env rm ${name} ${environment} <branch> --yes for the extra ones, and run this again.`,
        );
      if (!/not found|no environment variable .* found/i.test(said(updated)))
        throw failed(`vercel env update ${name} ${environment}`, updated);
      // The first time there is nothing to update. A preview variable goes to all preview branches.
      options.print(`(no ${name} to update in ${environment}; adding it)`);
      const added = await run(
        [
          "env",
          "add",
          name,
          environment,
          "--no-sensitive",
          ...(environment === "preview" ? ["--non-interactive"] : []),
        ],
        value,
      );
      if (added.code !== 0) {
        const why = vercelProblem(said(added));
        if (why) throw new VercelCliError(`vercel env add ${name} ${environment} failed: ${why}`);
        throw failed(`vercel env add ${name} ${environment}`, added);
      }
    },

    async deploy(environment) {
      const result = await run(environment === "production" ? ["deploy", "--prod", "--yes"] : ["deploy", "--yes"], "");
      if (options.dryRun) return null;
      if (result.stopped)
        throw new VercelCliError(
          `vercel deploy did not finish within ${options.timeoutMs / 1000} s and was stopped. Stopping the CLI does not cancel the build on Vercel: the deployment may still go live. See it with vercel ls (newest first) and vercel inspect <its URL> (status, aliases).`,
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

    async aliases(deploymentUrl) {
      const result = await read(["inspect", deploymentUrl]);
      if (result.code !== 0) {
        const problem = vercelProblem(said(result));
        throw problem ? new VercelCliError(`vercel inspect failed: ${problem}`) : failed("vercel inspect", result);
      }
      // "  Aliases" then one "╶ https://…" line each, up to the next heading.
      const section = /^\s*Aliases\s*$([\s\S]*?)(?=^\s*[A-Z]\w*\s*$|(?![\s\S]))/m.exec(said(result))?.[1] ?? "";
      return [...section.matchAll(/(https?:\/\/\S+)/g)].map((match) => match[1].replace(/\/$/, ""));
    },

    async whoami() {
      const result = await read(["whoami"]);
      if (result.code === 0) return result.stdout.trim().split("\n").at(-1) ?? "";
      throw new VercelCliError(
        vercelProblem(said(result)) ?? `vercel whoami exited with ${result.code}: ${said(result).trim()}`,
      );
    },

    async hasEnv(name, environment) {
      const result = await read(["env", "ls", environment]);
      if (result.code !== 0) {
        const problem = vercelProblem(said(result));
        throw problem ? new VercelCliError(`vercel env ls failed: ${problem}`) : failed("vercel env ls", result);
      }
      return new RegExp(`(^|\\s)${name}(\\s|$)`, "m").test(said(result));
    },
  };
}
