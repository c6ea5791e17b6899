/**
 * The Vercel CLI, driven without a terminal: stdin is a pipe carrying the value (or
 * nothing), so a command that would ask a question fails instead of waiting, and every
 * command that could ask passes `--yes`. A dry run prints the commands instead.
 */
import { spawn } from "node:child_process";
import { shellCommand } from "./messages";

export type Environment = "production" | "preview";

export interface VercelRun {
  code: number | null;
  stdout: string;
  stderr: string;
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
  /** Sets `name` for one environment, creating it if it does not exist yet. */
  setEnv(name: string, value: string, environment: Environment): Promise<void>;
  /** Deploys the linked project; returns the deployment's URL (null in a dry run). */
  deploy(environment: Environment): Promise<string | null>;
}

export function vercelCli(options: VercelCliOptions): VercelCli {
  const bin = options.bin ?? "vercel";

  async function run(args: string[], input: string): Promise<VercelRun> {
    const shown = input
      ? `printf '%s' ${shellCommand([input])} | ${shellCommand([bin, ...args])}`
      : shellCommand([bin, ...args]);
    options.print(`${options.dryRun ? "would run" : "running"}: ${shown}`);
    if (options.dryRun) return { code: 0, stdout: "", stderr: "" };
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
      const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs);
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
        if (signal === "SIGTERM") stderr += `\n(stopped after ${options.timeoutMs / 1000} s)`;
        resolve({ code, stdout, stderr });
      });
      child.stdin.on("error", () => {}); // the CLI may exit before reading its input
      child.stdin.end(input);
    });
  }

  const failed = (what: string, result: VercelRun) =>
    new VercelCliError(
      `${what} exited with ${result.code}: ${(result.stderr.trim() || result.stdout.trim()).split("\n").slice(-6).join("\n")}`,
    );

  return {
    async setEnv(name, value, environment) {
      const updated = await run(["env", "update", name, environment, "--yes"], value);
      if (updated.code === 0) return;
      // The first time there is nothing to update.
      options.print(`(no ${name} to update in ${environment}; adding it)`);
      const added = await run(["env", "add", name, environment], value);
      if (added.code !== 0) throw failed(`vercel env add ${name} ${environment}`, added);
    },

    async deploy(environment) {
      const result = await run(environment === "production" ? ["deploy", "--prod", "--yes"] : ["deploy", "--yes"], "");
      if (options.dryRun) return null;
      if (result.code !== 0) throw failed("vercel deploy", result);
      // The CLI prints the deployment's URL on stdout, progress on stderr.
      const url = result.stdout
        .split(/\s+/)
        .filter((word) => /^https?:\/\//.test(word))
        .at(-1);
      if (!url)
        throw new VercelCliError(`vercel deploy succeeded but printed no deployment URL:\n${result.stdout.trim()}`);
      return url.replace(/\/$/, "");
    },
  };
}
