/**
 * Ctrl-C (SIGINT) and SIGTERM for the publishing commands: the first one aborts a signal
 * that every request, wait and `vercel` command of the run listens to, so the run stops
 * at once and its failure message says where things stand and how to resume; the command
 * then exits 130. A second one exits at once.
 */
import { PublishFailure } from "./errors";

export const INTERRUPTED_EXIT_CODE = 130;

export function interruptOnSignals(print: (line: string) => void): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    print(`\n${name}: stopping; the current request is abandoned (again to quit at once)`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/**
 * Runs a command's work; if it was interrupted, prints its failure (the state lines and
 * the resume command) and exits 130. Other errors go on to the usual handler (exit 1).
 */
export async function exitOnInterrupt<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error instanceof PublishFailure && error.interrupted) || signal.aborted) {
      console.error(`error: ${(error as Error).message}`);
      process.exit(INTERRUPTED_EXIT_CODE);
    }
    throw error;
  }
}
