/**
 * TensorFlow.js's warnings that our commands would otherwise repeat: handled here, once,
 * for every command (installed by `runMain` in scripts/lib/cli.ts, which they all go through).
 *
 * tfjs-layers' orthogonal initializer (the LSTM's recurrent kernel, Keras's default) warns
 * "Orthogonal initializer is being called on a matrix with more than 2000 (N) elements:
 * Slowness may result." every time it runs: at every model built, and at every model loaded
 * (loading builds the layers before it sets the saved weights). A command that builds or
 * loads dozens of models printed it dozens of times. We say it once, in our own words.
 */

const ORTHOGONAL_WARNING = "Orthogonal initializer is being called on a matrix with more than";

let installed = false;

/** Replaces tfjs's repeated orthogonal-initializer warning by one note per process. */
export function quietOrthogonalWarning(): void {
  if (installed) return;
  installed = true;
  const warn = console.warn.bind(console);
  let said = false;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith(ORTHOGONAL_WARNING)) {
      if (!said) {
        said = true;
        const elements = /\((\d+)\) elements/.exec(args[0])?.[1];
        warn(
          `Note: the LSTM's recurrent kernel${elements ? ` (${Number(elements).toLocaleString("en")} weights)` : ""} starts orthogonal, ` +
            "through a QR decomposition that TensorFlow.js calls slow for large matrices; it runs once per model built or loaded (said once).",
        );
      }
      return;
    }
    warn(...args);
  };
}
