/**
 * A stand-in for the Vercel CLI, so `npm run redeploy` runs end to end without an
 * account. `binDir` holds an executable `vercel`: put it first on PATH. Each call sends
 * its arguments and stdin to this process, which records them, keeps the project's
 * environment variables, and answers the way the real CLI does for the commands
 * redeploy uses:
 *
 *   vercel env update NAME ENV --yes   (value on stdin; fails if NAME is not set in ENV)
 *   vercel env add NAME ENV            (value on stdin; fails if NAME is already set)
 *   vercel deploy [--prod] --yes       (prints the deployment URL on stdout)
 *
 * It refuses interactive use: a terminal on stdin, or `env add` without a value, are
 * errors here, where the real CLI would wait for an answer. `env update` without `--yes`
 * behaves as the real one does with a used-up stdin: its "Are you sure?" gets no, it
 * prints "Canceled", exits 0, and the variable keeps its old value.
 * A deployment "builds" the site with the environment of its target: by default it
 * serves /api/model-version from NEXT_PUBLIC_MODEL_URL as the real route does; `serve`
 * replaces that with a real build.
 */
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
}

export interface VercelStandIn {
  /** Put first on PATH. */
  binDir: string;
  calls: VercelCall[];
  /** `${environment}:${name}` → value. */
  variables: Map<string, string>;
  deployments: Deployment[];
  /** The next call whose arguments start with `prefix` (e.g. ["deploy"]) fails with `message`. */
  failNext(prefix: string[], message: string): void;
  close(): Promise<void>;
}

type Answer = { code: number; stdout?: string; stderr?: string };

export async function startVercelStandIn(
  options: { serve?: (deployment: Deployment) => Promise<string> } = {},
): Promise<VercelStandIn> {
  const binDir = await mkdtemp(join(tmpdir(), "vercel-stand-in-"));
  const calls: VercelCall[] = [];
  const variables = new Map<string, string>();
  const deployments: Deployment[] = [];
  const failures: { prefix: string[]; message: string }[] = [];

  const server = createServer((request, response) => {
    void handle(request).then(
      (body) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(request: IncomingMessage): Promise<unknown> {
    const url = new URL(request.url ?? "/", origin);
    const deployment = /^\/d\/(\w+)\/api\/model-version$/.exec(url.pathname);
    if (request.method === "GET" && deployment) {
      const found = deployments.find((d) => d.id === deployment[1]);
      if (!found) throw new Error("no such deployment");
      const modelUrl = found.env.NEXT_PUBLIC_MODEL_URL ?? "/models/default/";
      return {
        modelUrl,
        version: /^https?:/.test(modelUrl) ? (modelUrl.split("/").filter(Boolean).at(-1) ?? null) : null,
      };
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const call = JSON.parse(Buffer.concat(chunks).toString("utf8")) as VercelCall;
    calls.push(call);
    return answer(call);
  }

  async function answer({ args, stdin, stdinIsTTY }: VercelCall): Promise<Answer> {
    if (stdinIsTTY)
      return { code: 1, stderr: "vercel stand-in: stdin is a terminal; the CLI could ask a question and wait" };
    const failure = failures.findIndex((f) => f.prefix.every((word, i) => args[i] === word));
    if (failure >= 0) return { code: 1, stderr: `Error: ${failures.splice(failure, 1)[0].message}` };
    const yes = args.includes("--yes") || args.includes("-y");
    const words = args.filter((arg) => !arg.startsWith("-"));
    if (words[0] === "env" && (words[1] === "update" || words[1] === "add")) {
      const [, action, name, environment] = words;
      if (!name || (environment !== "production" && environment !== "preview" && environment !== "development")) {
        return { code: 1, stderr: "? Which environments? (a prompt: stdin is not a terminal, aborted)" };
      }
      if (stdin === "")
        return { code: 1, stderr: `? What's the value of ${name}? (a prompt: stdin is not a terminal, aborted)` };
      const key = `${environment}:${name}`;
      if (action === "update") {
        if (!variables.has(key))
          return { code: 1, stderr: `Error: The Environment Variable "${name}" was not found in ${environment}.` };
        if (!yes)
          return {
            code: 0,
            stdout: "Canceled\n",
            stderr: `? Updating Environment Variable ${name} in ${environment} in Project stand-in. Are you sure? (y/N)\n`,
          };
      } else if (variables.has(key)) {
        return { code: 1, stderr: `Error: The variable "${name}" has already been added to ${environment}.` };
      }
      variables.set(key, stdin);
      return {
        code: 0,
        stderr: `${action === "add" ? "Added" : "Updated"} Environment Variable ${name} to Project stand-in [1ms]`,
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
      const created: Deployment = { id, environment, env, url: `${origin}/d/${id}` };
      try {
        if (options.serve) created.url = await options.serve(created);
      } catch (error) {
        // What the real CLI reports when the build on Vercel fails.
        return { code: 1, stderr: `Error: the build failed: ${(error as Error).message.slice(-2000)}` };
      }
      deployments.push(created);
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
    deployments,
    failNext(prefix, message) {
      failures.push({ prefix, message });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(binDir, { recursive: true, force: true });
    },
  };
}
