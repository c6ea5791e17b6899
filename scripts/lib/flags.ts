/**
 * One flag table per command: it drives `util.parseArgs`, converts and checks each
 * value, and writes the command's `--help`, so the help can never drift from the flags.
 * The flags several commands share (`--model`, `--recipe`, `--backend`) are defined once
 * at the end of this file.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { MODEL_NAMES, type ModelName, modelFolder } from "../../lib/model-hosting";
import { UsageError } from "./cli";

interface FlagBase {
  /** One line for --help. */
  help: string;
  /** Shown as `--name VALUE` in the help (default: N for integers, X for numbers, VALUE otherwise). */
  valueName?: string;
  short?: string;
}

export type FlagSpec =
  | (FlagBase & { type: "boolean" })
  | (FlagBase & { type: "string"; default?: string; choices?: readonly string[] })
  | (FlagBase & { type: "integer"; default?: number; min?: number; max?: number })
  | (FlagBase & { type: "number"; default?: number; min?: number; max?: number; maxExclusive?: boolean });

export type FlagTable = Readonly<Record<string, FlagSpec>>;

type ValueOf<S extends FlagSpec> = S extends { type: "boolean" }
  ? boolean
  : S extends { type: "string"; default: string }
    ? string
    : S extends { type: "string" }
      ? string | undefined
      : S extends { default: number }
        ? number
        : number | undefined;

/** Flag names in camelCase (`--batch-size` → `batchSize`) with their converted values. */
export type ParsedFlags<T extends FlagTable> = {
  -readonly [K in keyof T as K extends string ? CamelCase<K> : never]: ValueOf<T[K]>;
};
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export interface Command<T extends FlagTable> {
  /** `npm run <name>`. */
  name: string;
  /** First line of --help. */
  summary: string;
  flags: T;
  /** Paragraph after the flag list (examples, notes). */
  epilogue?: string;
}

/** Declares a command; `const` keeps the table's literal types so parsed flags are typed exactly. */
export function defineCommand<const T extends FlagTable>(command: Command<T>): Command<T> {
  return command;
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The --help text, generated from the table. */
export function helpText<T extends FlagTable>(command: Command<T>): string {
  const rows = Object.entries(command.flags).map(([name, spec]) => {
    const value =
      spec.type === "boolean"
        ? ""
        : ` ${spec.valueName ?? (spec.type === "integer" ? "N" : spec.type === "number" ? "X" : "VALUE")}`;
    const short = spec.short ? `-${spec.short}, ` : "";
    const choices = spec.type === "string" && spec.choices ? ` (${spec.choices.join(" | ")})` : "";
    const fallback = "default" in spec && spec.default !== undefined ? ` (default: ${spec.default})` : "";
    return [`  ${short}--${name}${value}`, `${spec.help}${choices}${fallback}`] as const;
  });
  rows.push(["  -h, --help", "show this text"]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const lines = rows.map(([left, right]) => left.padEnd(width) + right);
  return [
    command.summary,
    "",
    `Usage: npm run ${command.name} -- [flags]`,
    "",
    ...lines,
    ...(command.epilogue ? ["", command.epilogue] : []),
    "",
  ].join("\n");
}

/**
 * Parses argv by the table. Returns null after printing --help when it was asked for;
 * throws a UsageError (one line, then the help) for an unknown flag or a bad value.
 */
export function parseFlags<T extends FlagTable>(command: Command<T>, argv: string[]): ParsedFlags<T> | null {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(command.flags)) {
    options[name] = {
      type: spec.type === "boolean" ? "boolean" : "string",
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${helpText(command)}`);
  }
  if (values.help) {
    console.log(helpText(command));
    return null;
  }
  const parsed: Record<string, unknown> = {};
  try {
    for (const [name, spec] of Object.entries(command.flags))
      parsed[camelCase(name)] = convert(name, spec, values[name]);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${helpText(command)}`);
  }
  return parsed as ParsedFlags<T>;
}

function convert(name: string, spec: FlagSpec, raw: string | boolean | undefined): unknown {
  if (spec.type === "boolean") return raw === true;
  if (raw === undefined) return spec.default;
  const text = String(raw);
  if (spec.type === "string") {
    if (spec.choices && !spec.choices.includes(text))
      throw new Error(`--${name} must be one of ${spec.choices.join(", ")}, got "${text}"`);
    return text;
  }
  const value = Number(text);
  const min = spec.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? Number.POSITIVE_INFINITY;
  const exclusive = spec.type === "number" && spec.maxExclusive === true;
  const inRange = value >= min && (exclusive ? value < max : value <= max);
  if (
    text.trim() === "" ||
    !Number.isFinite(value) ||
    (spec.type === "integer" && !Number.isInteger(value)) ||
    !inRange
  ) {
    const kind = spec.type === "integer" ? "an integer" : "a number";
    const range = [
      Number.isFinite(min) ? `>= ${min}` : "",
      Number.isFinite(max) ? `${exclusive ? "<" : "<="} ${max}` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    throw new Error(`--${name} must be ${kind}${range ? ` ${range}` : ""}, got "${text}"`);
  }
  return value;
}

/** Where TensorFlow.js computes in Node; scripts/lib/backend.ts sets the choice up. */
export const BACKEND_CHOICES = ["auto", "node", "wasm", "cpu"] as const;

/** `--backend`, for every command that trains or runs a model in Node. */
export const BACKEND_FLAG = {
  type: "string",
  default: "auto",
  choices: BACKEND_CHOICES,
  help: "where to compute",
} as const;

/** `--recipe` of `npm run train` (and `npm run retrain`, which passes it on): which model to train. */
export const RECIPE_FLAG = {
  type: "string",
  default: "tutorial",
  choices: MODEL_NAMES,
  help: "tutorial: the Keras tutorial exactly; default: the box's model",
} as const;

/** `--model` of the commands that read a model folder: a name or a folder, read with `modelDir`. */
export const MODEL_FLAG = {
  type: "string",
  default: "default",
  valueName: "NAME|DIR",
  help: "tutorial, default (public/models/<name>/) or a model folder",
} as const;

/** A `--model` value as a folder: `tutorial` / `default` -> `public/models/<name>`; any other value is a folder path. */
export function modelDir(nameOrDir: string): string {
  return (MODEL_NAMES as readonly string[]).includes(nameOrDir)
    ? join("public", modelFolder(nameOrDir as ModelName))
    : nameOrDir;
}
