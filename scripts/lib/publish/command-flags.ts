/**
 * Flags the publishing commands share (publish-model, redeploy, retrain), how they turn
 * into options, and how a command line is rebuilt from them to print a resume command.
 */
import { parseArgs } from "node:util";
import type { FlagTable } from "../flags";
import { DEFAULT_POLICY, type NetworkPolicy } from "./network";

export const STORE_FLAGS = {
  prefix: { type: "string", default: "models", valueName: "NAME", help: "Blob folder for versions and the pointer" },
  repair: { type: "boolean", help: "delete and upload again a stored file of this version whose SHA-256 is wrong" },
  timeout: {
    type: "number",
    default: 30,
    min: 0.1,
    valueName: "SECONDS",
    help: "give up on a request that makes no progress for this long",
  },
  retries: { type: "integer", default: 3, min: 0, max: 10, help: "attempts after the first for a failed request" },
  deadline: {
    type: "number",
    default: 900,
    min: 1,
    valueName: "SECONDS",
    help: "every Blob request of the run ends within this long of its start (one request: 120 s, or twice --timeout)",
  },
  "allow-unhashed": {
    type: "boolean",
    help: "publish a folder whose model.json records no weights/vocabulary SHA-256 (npm run rehash-model records them)",
  },
} as const satisfies FlagTable;

export interface StoreFlags {
  prefix: string;
  repair: boolean;
  timeout: number;
  retries: number;
  deadline: number;
  allowUnhashed: boolean;
}

/** The flags as a network policy; one request's deadline is 120 s, or twice --timeout when that is longer. */
export function networkPolicy(flags: StoreFlags, signal?: AbortSignal): Partial<NetworkPolicy> {
  return {
    timeoutMs: flags.timeout * 1000,
    retries: flags.retries,
    requestDeadlineMs: Math.max(DEFAULT_POLICY.requestDeadlineMs, 2 * flags.timeout * 1000),
    runDeadlineMs: flags.deadline * 1000,
    signal,
  };
}

/** The flags to repeat in a resume command: only those that differ from their defaults. */
export function storeArgs(flags: StoreFlags): string[] {
  return [
    ...(flags.prefix !== STORE_FLAGS.prefix.default ? ["--prefix", flags.prefix] : []),
    ...(flags.timeout !== STORE_FLAGS.timeout.default ? ["--timeout", String(flags.timeout)] : []),
    ...(flags.retries !== STORE_FLAGS.retries.default ? ["--retries", String(flags.retries)] : []),
    ...(flags.deadline !== STORE_FLAGS.deadline.default ? ["--deadline", String(flags.deadline)] : []),
    ...(flags.allowUnhashed ? ["--allow-unhashed"] : []),
  ];
}

/**
 * Splits argv into the flags in `table` (returned in order, for parseFlags) and the
 * rest, which another program (training) receives untouched.
 */
export function separateFlags(table: FlagTable, argv: string[]): { ours: string[]; rest: string[] } {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(table))
    options[name] = { type: spec.type === "boolean" ? "boolean" : "string" };
  const { tokens } = parseArgs({ args: argv, options, strict: false, tokens: true, allowPositionals: true });
  const ours = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== "option" || !(token.name in options)) continue;
    ours.add(token.index);
    if (token.value !== undefined && !token.inlineValue) ours.add(token.index + 1);
  }
  return { ours: argv.filter((_, i) => ours.has(i)), rest: argv.filter((_, i) => !ours.has(i)) };
}
