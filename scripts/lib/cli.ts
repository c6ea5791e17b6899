/**
 * What every command-line script shares: errors as one line with an exit code (2 for a
 * usage mistake, 1 for anything else). Flags and --help are ./flags.ts.
 */
import { pathToFileURL } from "node:url";
import { quietOrthogonalWarning } from "./tfjs-warnings";

/** A mistake in the command line: the script prints it with its help text and exits 2. */
export class UsageError extends Error {}

/**
 * Runs `main` with the command-line arguments when this module is the script Node
 * was started with (not when a test imports it). TensorFlow.js's repeated warnings are
 * handled here for every command (./tfjs-warnings.ts).
 */
export function runMain(moduleUrl: string, main: (argv: string[]) => Promise<void>): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(script).href) return;
  quietOrthogonalWarning();
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
