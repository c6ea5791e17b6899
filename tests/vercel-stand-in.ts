/**
 * A stand-in for the Vercel CLI, so `npm run redeploy` runs end to end without an
 * account. `binDir` holds an executable `vercel`: put it first on PATH. Each call sends
 * its arguments and stdin to this process, which records them, keeps the project's
 * environment variables, and answers the way the real CLI does for the commands
 * redeploy uses:
 *
 *   vercel env update NAME ENV --value V --yes   (or the value on stdin; fails if NAME is not set in ENV)
 *   vercel env add NAME ENV --value V            (or on stdin; fails if NAME is already set)
 *   vercel env ls [ENV] [--json]                 (a table of names, or the JSON `{"envs": [...]}`)
 *   vercel deploy [--prod] --yes                 (prints the deployment URL on stdout)
 *   vercel inspect URL [--json]                  (general details and the deployment's aliases)
 *   vercel whoami                                (the account's name)
 *
 * It accepts only the flags in STAND_IN_FLAGS, each of which the real CLI (the pinned
 * `vercel` devDependency) lists in its `--help` (tests/vercel-stand-in-flags.test.ts checks
 * that); any other flag fails as the real CLI fails on an unknown option. It refuses
 * interactive use: a terminal on stdin, or `env add` without a value, are errors here,
 * where the real CLI would wait for an answer. `env update` without `--yes`
 * behaves as the real one does with a used-up stdin: its "Are you sure?" gets no, it
 * prints "Canceled", exits 0, and the variable keeps its old value. Like the real CLI
 * (packages/cli/src/commands/env/add.ts, update.ts), `env add` from stdin creates a
 * *sensitive* variable in production and preview unless `--no-sensitive` is given; for
 * preview without a Git branch it asks which branch unless `--non-interactive`; and
 * `env update` asks which record when several match (a branch record beside the
 * all-branches one). `setLoggedIn(false)` and `setLinked(false)` make every command fail
 * as the real CLI does when logged out or run in a folder not linked to a project.
 *
 * A deployment "builds" the site with the environment of its target: by default it
 * serves /api/model-version from NEXT_PUBLIC_MODEL_URL as the real route does, at its
 * deployment URL `<origin>/d/<id>`, which is protected as on a new project (Standard
 * protection): 401 without the `x-vercel-protection-bypass` header carrying
 * `bypassSecret`. Aliases are host names, as Vercel gives them; the stand-in serves each
 * at `<origin>/alias/<host>` and `vercel inspect` lists that URL (the real CLI lists the bare
 * host, served over https). Every deployment gets the Git-branch alias
 * `<project>-git-main-<team>.vercel.app`; a production deploy also moves the production
 * domain `<project>-<team>.vercel.app` (`productionUrl`, not protected) to itself, unless
 * `failAliasNext()`: then `vercel deploy --prod` still exits 0 and the domain keeps serving
 * the old one. `vercel inspect --json` answers as the real one does: `name` (the project),
 * `contextName` (the team), `target`, `aliases`.
 * `serve` replaces all this with a real build, served unprotected at its own URL, which
 * is also its production domain.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The flags the stand-in accepts, per command (and `global` for every command), each as
 * the real CLI spells it in its `--help`; `takesValue` flags consume the next word.
 */
export const STAND_IN_FLAGS = {
  global: ["--non-interactive", "--token", "--scope", "--cwd", "--debug", "--no-color"],
  "env update": ["--value", "--yes", "-y"],
  "env add": ["--value", "--yes", "-y", "--no-sensitive", "--sensitive", "--force", "--git-branch"],
  "env ls": ["--json", "--format"],
  deploy: ["--prod", "--yes", "-y", "--target", "--force"],
  inspect: ["--json", "--format", "--wait", "--timeout"],
  whoami: ["--json", "--format"],
} as const;

/** Flags followed by a value (`--value V`, or `--value=V`). */
const TAKES_VALUE = new Set([
  "--value",
  "--token",
  "--scope",
  "--cwd",
  "--git-branch",
  "--target",
  "--format",
  "--timeout",
]);

/** The command a call names (`env update`, `deploy`, ...), for STAND_IN_FLAGS. */
export function commandOf(args: string[]): keyof typeof STAND_IN_FLAGS | null {
  const words = positionals(args);
  const name = words[0] === "env" ? `env ${words[1] === "list" ? "ls" : words[1]}` : words[0];
  return name in STAND_IN_FLAGS && name !== "global" ? (name as keyof typeof STAND_IN_FLAGS) : null;
}

/** The words of a command line that are not flags or flag values. */
export function positionals(args: string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("-")) words.push(arg);
    else if (TAKES_VALUE.has(arg)) i++;
  }
  return words;
}

/** The flags of a command line, without their values (`--value=V` → `--value`). */
export function flagsOf(args: string[]): string[] {
  const flags: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith("-")) continue;
    const flag = args[i].split("=")[0];
    flags.push(flag);
    if (TAKES_VALUE.has(args[i])) i++;
  }
  return flags;
}

/** The value of `--name V` or `--name=V` in a command line. */
function flagValue(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

export interface VercelCall {
  args: string[];
  stdin: string;
  stdinIsTTY: boolean;
}

export interface Deployment {
  id: string;
  environment: "production" | "preview";
  /** The variables of its environment when it was deployed. */
  env: Record<string, string>;
  url: string;
  /** The production domains pointing at it, as host names (a served build: its URL). */
  aliases: string[];
}

export interface VercelStandIn {
  /** Put first on PATH. */
  binDir: string;
  calls: VercelCall[];
  /** `${environment}:${name}` → value (all branches), or `${environment}:${name}:${branch}` for one Git branch. */
  variables: Map<string, string>;
  /** The keys of `variables` created sensitive (their value cannot be read back). */
  sensitive: Set<string>;
  deployments: Deployment[];
  /** The production domain: serves whichever production deployment was aliased last. */
  productionUrl: string;
  /** The Git-branch alias `<project>-git-main-<team>.vercel.app`: serves the newest deployment. */
  branchAliasUrl: string;
  /** The Protection Bypass for Automation secret the deployment URLs accept. */
  bypassSecret: string;
  /** The next call whose arguments start with `prefix` (e.g. ["deploy"]) fails with `message`. */
  failNext(prefix: string[], message: string): void;
  /** The next call whose arguments start with `prefix` answers only after `ms` (the work is done either way). */
  delayNext(prefix: string[], ms: number): void;
  /** Runs `action` when the next call whose arguments start with `prefix` arrives, before it is answered. */
  beforeNext(prefix: string[], action: () => Promise<void>): void;
  /** The next production deploy succeeds (exit 0) but the production domain stays on the old deployment. */
  failAliasNext(): void;
  setLoggedIn(loggedIn: boolean): void;
  setLinked(linked: boolean): void;
  close(): Promise<void>;
}

type Answer = { code: number; stdout?: string; stderr?: string };

export async function startVercelStandIn(
  options: {
    serve?: (deployment: Deployment) => Promise<string>;
    /** The project's name (default "stand-in"): it names the aliases. */
    projectName?: string;
  } = {},
): Promise<VercelStandIn> {
  const projectName = options.projectName ?? "stand-in";
  const team = "standin";
  const binDir = await mkdtemp(join(tmpdir(), "vercel-stand-in-"));
  const calls: VercelCall[] = [];
  const variables = new Map<string, string>();
  const sensitive = new Set<string>();
  const deployments: Deployment[] = [];
  const failures: { prefix: string[]; message: string }[] = [];
  const delays: { prefix: string[]; ms: number }[] = [];
  const actions: { prefix: string[]; action: () => Promise<void> }[] = [];
  const bypassSecret = randomBytes(16).toString("hex");
  let productionId: string | null = null;
  let failAlias = false;
  let loggedIn = true;
  let linked = true;

  const server = createServer((request, response) => {
    void handle(request).then(
      ({ status, body }) =>
        response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body)),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Where the stand-in serves an alias (a host name): the real one is https://<host>. */
  const aliasUrl = (host: string) => `${origin}/alias/${host}`;
  const productionHost = `${projectName}-${team}.vercel.app`;
  const branchHost = `${projectName}-git-main-${team}.vercel.app`;
  const productionUrl = aliasUrl(productionHost);
  let branchId: string | null = null;

  /** What a deployment's /api/model-version answers, as the real route does. */
  const modelVersion = (deployment: Deployment) => {
    const modelUrl = deployment.env.NEXT_PUBLIC_MODEL_URL ?? "/models/default/";
    return {
      modelUrl,
      version: /^https?:/.test(modelUrl) ? (modelUrl.split("/").filter(Boolean).at(-1) ?? null) : null,
    };
  };

  async function handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(request.url ?? "/", origin);
    const deployment = /^\/d\/(\w+)\/api\/model-version$/.exec(url.pathname);
    if (request.method === "GET" && deployment) {
      const found = deployments.find((d) => d.id === deployment[1]);
      if (!found) return { status: 404, body: { error: "DEPLOYMENT_NOT_FOUND" } };
      // Standard protection: a deployment URL needs a Vercel login or the bypass secret.
      if (request.headers["x-vercel-protection-bypass"] !== bypassSecret)
        return { status: 401, body: { error: "Authentication Required" } };
      return { status: 200, body: modelVersion(found) };
    }
    const alias = /^\/alias\/([^/]+)\/api\/model-version$/.exec(url.pathname);
    if (request.method === "GET" && alias) {
      const id = alias[1] === productionHost ? productionId : alias[1] === branchHost ? branchId : null;
      const live = deployments.find((d) => d.id === id);
      return live ? { status: 200, body: modelVersion(live) } : { status: 404, body: { error: "NOT_FOUND" } };
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const call = JSON.parse(Buffer.concat(chunks).toString("utf8")) as VercelCall;
    calls.push(call);
    const delay = delays.findIndex((d) => d.prefix.every((word, i) => call.args[i] === word));
    const action = actions.findIndex((a) => a.prefix.every((word, i) => call.args[i] === word));
    if (action >= 0) await actions.splice(action, 1)[0].action();
    const answered = answer(call);
    if (delay >= 0) await new Promise((resolve) => setTimeout(resolve, delays.splice(delay, 1)[0].ms));
    return { status: 200, body: await answered };
  }

  async function answer({ args, stdin, stdinIsTTY }: VercelCall): Promise<Answer> {
    if (stdinIsTTY)
      return { code: 1, stderr: "vercel stand-in: stdin is a terminal; the CLI could ask a question and wait" };
    const failure = failures.findIndex((f) => f.prefix.every((word, i) => args[i] === word));
    if (failure >= 0) return { code: 1, stderr: `Error: ${failures.splice(failure, 1)[0].message}` };
    // The real CLI's words (packages/cli/src/util/..., commands/env/add.ts).
    if (!loggedIn)
      return { code: 1, stderr: 'Error: No existing credentials found. Please run `vercel login` or pass "--token"\n' };
    // The real CLI refuses an option it does not know before doing anything.
    const command = commandOf(args);
    const known: readonly string[] = [...STAND_IN_FLAGS.global, ...(command ? STAND_IN_FLAGS[command] : [])];
    const unknown = flagsOf(args).find((flag) => !known.includes(flag));
    if (unknown) return { code: 1, stderr: `Error: unknown or unexpected option: ${unknown}\n` };
    const yes = args.includes("--yes") || args.includes("-y");
    const json = args.includes("--json") || flagValue(args, "--format") === "json";
    const words = positionals(args);
    if (words[0] === "whoami") return { code: 0, stdout: "stand-in-user\n" };
    if (!linked)
      return {
        code: 1,
        stderr: "Error: Your codebase isn’t linked to a project on Vercel. Run `vercel link` to begin.\n",
      };
    if (words[0] === "env" && (words[1] === "ls" || words[1] === "list")) {
      const keys = [...variables.keys()].filter((key) => !words[2] || key.startsWith(`${words[2]}:`));
      if (json) {
        const envs = keys.map((key) => {
          const [environment, name, branch] = key.split(":");
          return {
            key: name,
            value: sensitive.has(key) ? undefined : variables.get(key),
            type: sensitive.has(key) ? "sensitive" : "encrypted",
            target: [environment],
            gitBranch: branch,
          };
        });
        return { code: 0, stdout: `${JSON.stringify({ envs }, null, 2)}\n` };
      }
      const rows = keys.map((key) => {
        const [environment, name, branch] = key.split(":");
        return ` ${name}  ${sensitive.has(key) ? "Sensitive" : "Encrypted"}  ${environment}${branch ? ` (${branch})` : ""}  1m ago`;
      });
      return { code: 0, stdout: ` name  value  environments  created\n${rows.join("\n")}\n` };
    }
    if (words[0] === "env" && (words[1] === "update" || words[1] === "add")) {
      const [, action, name, environment, branch] = words;
      if (!name || (environment !== "production" && environment !== "preview" && environment !== "development")) {
        return { code: 1, stderr: "? Which environments? (a prompt: stdin is not a terminal, aborted)" };
      }
      const value = flagValue(args, "--value") ?? stdin;
      if (value === "")
        return { code: 1, stderr: `? What's the value of ${name}? (a prompt: stdin is not a terminal, aborted)` };
      const key = `${environment}:${name}${branch ? `:${branch}` : ""}`;
      if (action === "update") {
        const matching = [...variables.keys()].filter(
          (k) => k === key || (!branch && k.startsWith(`${environment}:${name}:`)),
        );
        if (matching.length === 0)
          return {
            code: 1,
            stderr: `Error: No Environment Variable ${name} found matching the specified criteria.\n`,
          };
        if (matching.length > 1)
          return {
            code: 1,
            stderr: `? Multiple Environment Variables found for ${name}. Which one do you want to update? (a prompt: stdin is not a terminal, aborted)\n`,
          };
        if (!yes)
          return {
            code: 0,
            stdout: "Canceled\n",
            stderr: `? Updating Environment Variable ${name} in ${environment} in Project stand-in. Are you sure? (y/N)\n`,
          };
        variables.set(matching[0], value);
        return { code: 0, stderr: `Updated Environment Variable ${name} in Project stand-in [1ms]\n` };
      }
      if (variables.has(key))
        return { code: 1, stderr: `Error: The variable "${name}" has already been added to ${environment}.` };
      // The real CLI asks for a Git branch unless --yes (all preview branches) or --non-interactive.
      if (environment === "preview" && !branch && !yes && !args.includes("--non-interactive"))
        return {
          code: 1,
          stderr: `? Add ${name} to which Git branch? (leave empty for all Preview branches)? (a prompt: stdin is not a terminal, aborted)\n`,
        };
      variables.set(key, value);
      // From stdin the real CLI skips its "sensitive?" question and answers yes.
      if (environment !== "development" && !args.includes("--no-sensitive")) sensitive.add(key);
      return { code: 0, stderr: `Added Environment Variable ${name} to Project stand-in [1ms]\n` };
    }
    if (words[0] === "inspect") {
      const found = deployments.find((d) => d.url === words[1]?.replace(/\/$/, ""));
      if (!found) return { code: 1, stderr: `Error: Can't find the deployment "${words[1]}"\n` };
      const listed = [...found.aliases, ...(found.id === branchId ? [branchHost] : [])].map((alias) =>
        /^https?:/.test(alias) ? alias : aliasUrl(alias),
      );
      if (json) {
        const details = {
          id: found.id,
          name: projectName,
          url: found.url,
          target: found.environment,
          readyState: "READY",
          ...(listed.length > 0 && { aliases: listed }),
          contextName: team,
        };
        return { code: 0, stdout: `${JSON.stringify(details, null, 2)}\n` };
      }
      const aliases = listed.map((alias) => `    ╶ ${alias}\n`).join("");
      return {
        code: 0,
        stderr: `> Fetched deployment "${found.url}" in stand-in [1s]\n\n  General\n\n    id\t\t${found.id}\n    target\t${found.environment}\n    status\t● Ready\n    url\t\t${found.url}\n\n\n${aliases ? `  Aliases\n\n${aliases}\n\n` : ""}  Builds\n\n    ╶ .        [0ms]\n`,
      };
    }
    if (words[0] === "deploy") {
      if (!yes)
        return {
          code: 1,
          stderr: "? Set up and deploy this directory? [Y/n] (a prompt: stdin is not a terminal, aborted)",
        };
      const environment = args.includes("--prod") ? "production" : "preview";
      const id = `dpl${deployments.length + 1}`;
      const env = Object.fromEntries(
        [...variables]
          .filter(([key]) => key.startsWith(`${environment}:`))
          .map(([key, value]) => [key.slice(environment.length + 1), value]),
      );
      const created: Deployment = { id, environment, env, url: `${origin}/d/${id}`, aliases: [] };
      try {
        if (options.serve) created.url = await options.serve(created);
      } catch (error) {
        // What the real CLI reports when the build on Vercel fails.
        return { code: 1, stderr: `Error: the build failed: ${(error as Error).message.slice(-2000)}` };
      }
      deployments.push(created);
      branchId = id;
      if (environment === "production" && !failAlias) {
        for (const old of deployments) old.aliases = [];
        // A real build (serve) is served at its own URL, which is then its production domain.
        created.aliases = [options.serve ? created.url : productionHost];
        productionId = id;
      }
      failAlias = false;
      return {
        code: 0,
        stdout: `${created.url}\n`,
        stderr: `Inspect: https://vercel.com/stand-in/${id} [1s]\n${environment === "production" ? "Production" : "Preview"}: ${created.url} [2s]\n`,
      };
    }
    return { code: 2, stderr: `vercel stand-in: does not implement "vercel ${args.join(" ")}"` };
  }

  // The executable: CommonJS, no dependencies, forwards everything to the server above.
  // node:http, not fetch: a deploy that builds the site may take longer than fetch's 300 s header timeout.
  await writeFile(
    join(binDir, "vercel"),
    `#!/usr/bin/env node
const http = require("node:http");
const chunks = [];
const send = () => {
  const body = JSON.stringify({ args: process.argv.slice(2), stdin: Buffer.concat(chunks).toString("utf8"), stdinIsTTY: Boolean(process.stdin.isTTY) });
  const request = http.request(${JSON.stringify(origin)}, { method: "POST" }, (response) => {
    const parts = [];
    response.on("data", (part) => parts.push(part));
    response.on("end", () => {
      const text = Buffer.concat(parts).toString("utf8");
      const answer = response.statusCode === 200 ? JSON.parse(text) : { code: 99, stderr: "vercel stand-in: " + text + "\\n" };
      if (answer.stdout) process.stdout.write(answer.stdout);
      if (answer.stderr) process.stderr.write(answer.stderr);
      process.exitCode = answer.code;
    });
  });
  request.on("error", (error) => { process.stderr.write("vercel stand-in: " + error.message + "\\n"); process.exitCode = 99; });
  request.end(body);
};
if (process.stdin.isTTY) send();
else { process.stdin.on("data", (c) => chunks.push(c)); process.stdin.on("end", send); }
`,
  );
  await chmod(join(binDir, "vercel"), 0o755);

  return {
    binDir,
    calls,
    variables,
    sensitive,
    deployments,
    productionUrl,
    branchAliasUrl: aliasUrl(branchHost),
    bypassSecret,
    failNext(prefix, message) {
      failures.push({ prefix, message });
    },
    delayNext(prefix, ms) {
      delays.push({ prefix, ms });
    },
    beforeNext(prefix, action) {
      actions.push({ prefix, action });
    },
    failAliasNext() {
      failAlias = true;
    },
    setLoggedIn(value) {
      loggedIn = value;
    },
    setLinked(value) {
      linked = value;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(binDir, { recursive: true, force: true });
    },
  };
}
