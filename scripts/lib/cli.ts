/**
 * What every command-line script shares: flags or help, and errors as one line with
 * an exit code (2 for a usage mistake, 1 for anything else).
 */
import { pathToFileURL } from "node:url";

/** A mistake in the command line: the script prints it with its help text and exits 2. */
export class UsageError extends Error {}

/**
 * Parses `argv` with `parse`, which returns null when --help was asked for (the help
 * is then printed). Any error while parsing becomes a UsageError carrying the help.
 */
export function parseOrHelp<Flags>(
  argv: string[],
  help: string,
  parse: (argv: string[]) => Flags | null,
): Flags | null {
  let flags: Flags | null;
  try {
    flags = parse(argv);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${help}`);
  }
  if (flags === null) console.log(help);
  return flags;
}

/**
 * Runs `main` with the command-line arguments when this module is the script Node
 * was started with (not when a test imports it).
 */
export function runMain(moduleUrl: string, main: (argv: string[]) => Promise<void>): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(script).href) return;
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
