/**
 * The flags redeploy passes to `vercel` are flags the real CLI knows. The real CLI is the
 * pinned `vercel` devDependency; its `--help` for each subcommand runs here without
 * network or login (a fresh HOME, NO_UPDATE_NOTIFIER=1 so it does not ask the npm
 * registry for a newer version, VERCEL_TELEMETRY_DISABLED=1). Every call the project's
 * code makes (recorded by the stand-in while it sets variables, deploys, inspects, lists)
 * must use only flags that help lists, and so must the stand-in's own table of accepted
 * flags, which makes it refuse any other.
 */
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { vercelCli } from "../scripts/lib/publish/vercel-cli";
import { commandOf, flagsOf, STAND_IN_FLAGS, startVercelStandIn, type VercelStandIn } from "./vercel-stand-in";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
/** The real CLI's entry point, from the pinned devDependency. */
const REAL_CLI = join(require.resolve("vercel/package.json"), "..", "dist", "vc.js");

let home: string;
let standIn: VercelStandIn;
const helps = new Map<string, { flags: Set<string>; text: string; ms: number }>();

/** `vercel <command> --help`, with no network and no login: the options it lists. */
async function realHelp(command: string): Promise<{ flags: Set<string>; text: string; ms: number }> {
  const known = helps.get(command);
  if (known) return known;
  const started = Date.now();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "test",
    HOME: home,
    XDG_DATA_HOME: join(home, "data"),
    XDG_CONFIG_HOME: join(home, "config"),
    NO_UPDATE_NOTIFIER: "1",
    VERCEL_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
  };
  // --help exits 2 (it is not the command's work); the text is the same either way.
  const output = await run(process.execPath, [REAL_CLI, ...command.split(" "), "--help"], {
    env,
    timeout: 30_000,
  }).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    if (error.code !== 2) throw error;
    return { stdout: error.stdout ?? "", stderr: error.stderr ?? "" };
  });
  const text = `${output.stdout}${output.stderr}`;
  // Option lines: "  -y,  --yes   ..." or "       --value <VALUE>  ...".
  const flags = new Set<string>();
  for (const line of text.split("\n")) {
    const match = /^\s+(?:(-\w),\s+)?(--[\w-]+)/.exec(line);
    if (!match) continue;
    if (match[1]) flags.add(match[1]);
    flags.add(match[2]);
  }
  const help = { flags, text, ms: Date.now() - started };
  helps.set(command, help);
  return help;
}

before(async () => {
  home = await mkdtemp(join(tmpdir(), "vercel-help-"));
  standIn = await startVercelStandIn();
});

after(async () => {
  await standIn.close();
  await rm(home, { recursive: true, force: true });
});

describe("the real Vercel CLI's flags", () => {
  test("its --help runs without network or login, quickly, and names the pinned version", async () => {
    const { text, ms } = await realHelp("env add");
    const pinned = (require("../package.json") as { devDependencies: Record<string, string> }).devDependencies.vercel;
    assert.match(pinned, /^\d+\.\d+\.\d+$/, "pinned to one version");
    assert.match(text, new RegExp(`Vercel CLI ${pinned.replaceAll(".", "\\.")}`));
    assert.doesNotMatch(text, /Failed to fetch|dist-tags|ENOTFOUND|credentials/i);
    assert.ok(ms < 15_000, `took ${ms} ms`);
  });

  test("every flag the stand-in accepts is one the real CLI lists for that command", async () => {
    for (const [command, flags] of Object.entries(STAND_IN_FLAGS)) {
      if (command === "global") continue;
      const real = await realHelp(command);
      for (const flag of [...flags, ...STAND_IN_FLAGS.global])
        assert.ok(real.flags.has(flag), `vercel ${command} --help does not list ${flag}:\n${real.text}`);
    }
  });

  test("every call the project makes uses only flags the real CLI lists, and passes the value with --value", async () => {
    const print = () => {};
    const cli = vercelCli({ bin: join(standIn.binDir, "vercel"), cwd: home, timeoutMs: 30_000, print, dryRun: false });
    const value = "https://store.example/models/0123456789abcdef/";
    // Every path: add (nothing to update), update, preview (all branches), deploy both ways, inspect, list, whoami.
    await cli.setEnv("NEXT_PUBLIC_MODEL_URL", value, "production");
    await cli.setEnv("NEXT_PUBLIC_MODEL_URL", value, "production");
    await cli.setEnv("NEXT_PUBLIC_MODEL_URL", value, "preview");
    const preview = await cli.deploy("preview");
    const production = await cli.deploy("production");
    await cli.inspect(production ?? "");
    await cli.inspect(preview ?? "");
    await cli.envRecords("NEXT_PUBLIC_MODEL_URL", "production");
    await cli.whoami();

    const used = new Map<string, Set<string>>();
    for (const { args } of standIn.calls) {
      const command = commandOf(args);
      assert.ok(command, `the project calls vercel ${args.join(" ")}, a command this test does not know`);
      for (const flag of flagsOf(args)) used.set(command, (used.get(command) ?? new Set()).add(flag));
    }
    assert.deepEqual([...used.keys()].sort(), ["deploy", "env add", "env ls", "env update", "inspect"]);
    for (const [command, flags] of used) {
      const real = await realHelp(command);
      for (const flag of flags) assert.ok(real.flags.has(flag), `vercel ${command} --help does not list ${flag}`);
    }
    // The value is an argument, as the help documents for non-interactive use; stdin stays empty.
    const sets = standIn.calls.filter(({ args }) => args[0] === "env" && args[1] !== "ls");
    assert.ok(sets.length >= 3);
    for (const { args, stdin } of sets) {
      assert.equal(args[args.indexOf("--value") + 1], value);
      assert.equal(stdin, "");
    }
    assert.equal(standIn.variables.get("production:NEXT_PUBLIC_MODEL_URL"), value);
    assert.equal(standIn.variables.get("preview:NEXT_PUBLIC_MODEL_URL"), value);
    assert.equal(standIn.sensitive.size, 0);
  });

  test("the stand-in refuses a flag the real CLI does not know, as the real one does", async () => {
    const child = spawn(join(standIn.binDir, "vercel"), ["env", "add", "X", "production", "--no-such-flag"]);
    child.stdin.end("https://store.example/");
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 1);
    assert.match(stderr, /unknown or unexpected option: --no-such-flag/);
    assert.equal(standIn.variables.has("production:X"), false);
    assert.ok(!(await realHelp("env add")).flags.has("--no-such-flag"));
  });
});
