/**
 * The exact commands that made a model, written from its metadata.json, for the model
 * card. The recipe (scripts/lib/imdb/recipes.ts) holds every setting that shapes the weights;
 * a test checks the flags against the train command's flag table.
 */
import type { ModelMetadata } from "./metadata";

/** tfjs's backend names -> train.ts's --backend choices. */
const BACKEND_FLAGS: Record<string, string> = { tensorflow: "node", wasm: "wasm", cpu: "cpu" };

/** `npm run train -- --recipe <name>`; `npm run retrain` takes the same flags, then publishes the model. */
export function trainCommand(
  metadata: Pick<ModelMetadata, "name" | "backend">,
  script: "train" | "retrain" = "train",
): string {
  const flags: [string, string][] = [["recipe", metadata.name ?? "tutorial"]];
  const backend = BACKEND_FLAGS[metadata.backend];
  if (backend) flags.push(["backend", backend]);
  return `npm run ${script} -- ${flags.map(([name, value]) => `--${name} ${value}`).join(" ")}`;
}

/** Scores a saved model again (test reviews, short reviews, behaviour suite) and stores the results in its metadata.json. */
export function evaluateCommand(metadata: Pick<ModelMetadata, "name">): string {
  return `npm run evaluate -- --model ${metadata.name ?? "tutorial"} --save`;
}
