/**
 * Whether reading.json and model.json describe the same network: the tokenizer, the reserved
 * indices, the vocabulary against the embedding, the layers' sizes, names and weight shapes,
 * and the vocabulary's fingerprint (the SHA-256 model.json records of the words in index order).
 */
import type { ModelReading } from "./metadata";
import { LAYER_NAMES } from "./model-config";
import { sha256Hex } from "./sha256";
import { TOKENIZER_VERSION } from "./tokenizer";
import { FIRST_WORD_INDEX, knownWordList, OOV_INDEX, PAD_INDEX, START_INDEX, type WordIndex } from "./vocabulary";
import { assertModelJson, type ModelJson, parseWeightsManifest } from "./weights-manifest";

/**
 * The fingerprint of a vocabulary: SHA-256 of its words in index order, one
 * "index<TAB>word" line each. The recorded samples read only their own few words; this
 * tells any change of a word or an index, in a vocabulary of any size.
 */
export async function vocabularySha256(vocabulary: WordIndex): Promise<string> {
  // A vocabulary read from a word list is already in index order, one index after another.
  const words = knownWordList(vocabulary);
  const lines = words
    ? words.map((word, position) => `${FIRST_WORD_INDEX + position}\t${word}\n`).join("")
    : Object.entries(vocabulary)
        .sort(([wordA, a], [wordB, b]) => a - b || (wordA < wordB ? -1 : 1))
        .map(([word, index]) => `${index}\t${word}\n`)
        .join("");
  const bytes = new TextEncoder().encode(lines);
  return sha256Hex(bytes);
}

/**
 * Throws unless reading.json's vocabulary has the fingerprint model.json records;
 * resolves false for a folder saved before it was recorded, true when it matches.
 */
export async function checkVocabularySha256(modelJson: ModelJson, reading: ModelReading): Promise<boolean> {
  const recorded = modelJson.vocabularySha256;
  if (recorded === undefined) return false;
  const actual = await vocabularySha256(reading.vocabulary);
  if (actual !== recorded) {
    throw new Error(
      `reading.json's vocabulary has SHA-256 ${actual}, but model.json records ${recorded}: the vocabulary (its words or their indices) is not the one this model was trained with. Copy the model folder again, all its files together, or train it again.`,
    );
  }
  return true;
}

/** The Keras-style layer configs this project writes, as far as the check needs them. */
interface LayerJson {
  class_name: string;
  config: {
    name?: string;
    input_dim?: number;
    output_dim?: number;
    input_length?: number | number[] | null;
    mask_zero?: boolean | null;
    batch_input_shape?: (number | null)[];
    units?: number;
    recurrent_activation?: string;
    activation?: string;
  };
}

function topologyLayers(modelJson: ModelJson): LayerJson[] {
  const topology = modelJson.modelTopology as { config?: { layers?: LayerJson[] } | LayerJson[] } | null;
  const config = topology?.config;
  const layers = Array.isArray(config) ? config : config?.layers;
  if (!Array.isArray(layers)) throw new Error("model.json has no layer list in modelTopology");
  return layers;
}

/**
 * Refuses a reading.json / model.json pair that the browser would read wrongly: a
 * different tokenizer, reserved indices other than Keras's, a vocabulary that does not fit
 * the embedding, or layer sizes, names and weight shapes that disagree. Each mismatch is
 * named in the message. `reading` has passed the schema (lib/metadata.ts) already.
 */
export function checkCompatible<Reading extends ModelReading>(
  reading: Reading,
  modelJson: unknown,
): { reading: Reading; modelJson: ModelJson } {
  assertModelJson(modelJson);
  const problems: string[] = [];
  const { model, preprocessing } = reading;
  if (preprocessing.tokenizerVersion !== TOKENIZER_VERSION) {
    problems.push(
      `tokenizer version ${preprocessing.tokenizerVersion}, but this code tokenizes with version ${TOKENIZER_VERSION}`,
    );
  }
  const reserved = {
    padIndex: PAD_INDEX,
    startIndex: START_INDEX,
    oovIndex: OOV_INDEX,
    firstWordIndex: FIRST_WORD_INDEX,
  } as const;
  for (const [key, expected] of Object.entries(reserved)) {
    const actual = preprocessing[key as keyof typeof reserved];
    if (actual !== expected)
      problems.push(`preprocessing.${key} is ${actual}, this code uses ${expected} (Keras's index_from=3)`);
  }
  // A vocabulary read from a word list holds the indices FIRST_WORD_INDEX, FIRST_WORD_INDEX + 1, …
  // in order: its size alone says whether they fit the embedding.
  const wordList = knownWordList(reading.vocabulary);
  const vocabularySize = wordList?.length ?? Object.keys(reading.vocabulary).length;
  if (vocabularySize === 0) problems.push("the vocabulary is empty");
  if (vocabularySize > model.numWords - FIRST_WORD_INDEX)
    problems.push(`the vocabulary has ${vocabularySize} words, more than numWords ${model.numWords} allows`);
  for (const [word, index] of wordList ? [] : Object.entries(reading.vocabulary)) {
    if (!Number.isInteger(index) || index < FIRST_WORD_INDEX || index >= model.numWords) {
      problems.push(`vocabulary word "${word}" has index ${index}, outside [${FIRST_WORD_INDEX}, ${model.numWords})`);
      break;
    }
  }

  let layers: LayerJson[] = [];
  try {
    layers = topologyLayers(modelJson);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const layer = (className: string, name: string) => {
    const found = layers.find((l) => l.class_name === className);
    if (!found) problems.push(`model.json has no ${className} layer`);
    else if (found.config.name !== name)
      problems.push(`model.json's ${className} layer is named "${found.config.name}", expected "${name}"`);
    return found?.config;
  };
  const embedding = layer("Embedding", LAYER_NAMES.embedding);
  const lstm = layer("LSTM", LAYER_NAMES.lstm);
  layer("Dense", LAYER_NAMES.output);
  if (embedding) {
    if (embedding.input_dim !== model.numWords)
      problems.push(`metadata numWords ${model.numWords}, but the embedding has input_dim ${embedding.input_dim}`);
    if (embedding.output_dim !== model.embeddingDim)
      problems.push(
        `metadata embeddingDim ${model.embeddingDim}, but the embedding has output_dim ${embedding.output_dim}`,
      );
    const inputLength = Array.isArray(embedding.input_length)
      ? embedding.input_length[0]
      : (embedding.input_length ?? embedding.batch_input_shape?.[1]);
    if (inputLength != null && inputLength !== model.maxLen)
      problems.push(`metadata maxLen ${model.maxLen}, but model.json's input length is ${inputLength}`);
    if (Boolean(embedding.mask_zero) !== Boolean(model.maskZero))
      problems.push(
        `metadata maskZero ${Boolean(model.maskZero)}, but the embedding has mask_zero ${Boolean(embedding.mask_zero)}`,
      );
  }
  if (lstm) {
    if (lstm.units !== model.lstmUnits)
      problems.push(`metadata lstmUnits ${model.lstmUnits}, but the LSTM has ${lstm.units} units`);
    if (lstm.recurrent_activation !== "sigmoid")
      problems.push(
        `the LSTM uses recurrent_activation "${lstm.recurrent_activation}"; the browser's LSTM computes sigmoid gates`,
      );
  }

  const expectedShapes: Record<string, number[]> = {
    [`${LAYER_NAMES.embedding}/embeddings`]: [model.numWords, model.embeddingDim],
    [`${LAYER_NAMES.lstm}/kernel`]: [model.embeddingDim, 4 * model.lstmUnits],
    [`${LAYER_NAMES.lstm}/recurrent_kernel`]: [model.lstmUnits, 4 * model.lstmUnits],
    [`${LAYER_NAMES.lstm}/bias`]: [4 * model.lstmUnits],
    [`${LAYER_NAMES.output}/kernel`]: [model.lstmUnits, 1],
    [`${LAYER_NAMES.output}/bias`]: [1],
  };
  try {
    const entries = parseWeightsManifest(modelJson).entries;
    for (const [name, shape] of Object.entries(expectedShapes)) {
      const entry = entries.find((e) => e.name === name);
      if (!entry) problems.push(`model.json has no weight "${name}"`);
      else if (entry.shape.join() !== shape.join())
        problems.push(`weight ${name} has shape [${entry.shape}], metadata implies [${shape}]`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new Error(`reading.json and model.json do not match: ${problems.join("; ")}`);
  return { reading, modelJson };
}
