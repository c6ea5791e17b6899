import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fixtureMetadata } from "../tests/fixture-metadata";
import {
  joinMetadata,
  METADATA_SCHEMA_VERSION,
  type ModelMetadata,
  parseAblationTable,
  parseMetadataVersion1,
  parseModelCard,
  parseModelReading,
  splitMetadata,
} from "./metadata";
import { MODEL_NAMES, type ModelName, modelFolder } from "./model-hosting";
import { MODEL_FILES } from "./open-model-folder";

const shippedText = (name: ModelName, file: string) => readFileSync(join("public", modelFolder(name), file), "utf8");
const asFile = (value: object) => `${JSON.stringify(value, null, 1)}\n`;

for (const name of MODEL_NAMES) {
  test(`the shipped ${name} model's reading.json and card.json fit their schemas, and write back byte for byte`, () => {
    const readingText = shippedText(name, MODEL_FILES.reading);
    const cardText = shippedText(name, MODEL_FILES.card);
    const metadata = joinMetadata(parseModelReading(JSON.parse(readingText)), parseModelCard(JSON.parse(cardText)));
    assert.equal(metadata.name, name);
    assert.ok(Object.keys(metadata.vocabulary).length > 1000);
    const { reading, card } = splitMetadata(metadata);
    assert.equal(asFile(reading), readingText);
    assert.equal(asFile(card), cardText);
  });
}

const fixture = (): ModelMetadata =>
  fixtureMetadata({ numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 }, { the: 4, movie: 5, good: 6 });
const readingJson = (metadata = fixture()) => JSON.parse(JSON.stringify(splitMetadata(metadata).reading));
const cardJson = (metadata = fixture()) => JSON.parse(JSON.stringify(splitMetadata(metadata).card));
const band = {
  low: 0.25,
  high: 0.75,
  target: 0.9,
  reachedTarget: false,
  examples: 4849,
  insideShare: 0.42,
  accuracyInside: 0.61,
  accuracyOutside: 0.84,
};

test("reading.json stores the vocabulary as its words in index order, one a line, and reads it back as word -> index", () => {
  const reading = readingJson();
  assert.equal(reading.words, "the\nmovie\ngood");
  assert.equal("vocabulary" in reading, false);
  assert.deepEqual({ ...parseModelReading(reading).vocabulary }, { the: 4, movie: 5, good: 6 });
});

test("a vocabulary with a gap in its indices cannot be written as a word list", () => {
  const metadata = { ...fixture(), vocabulary: { the: 4, good: 6 } };
  assert.throws(() => splitMetadata(metadata), /no word at index 5/);
});

const REFUSED_READING: { name: string; change: (m: Record<string, unknown>) => void; message: RegExp }[] = [
  {
    name: "another schema version",
    change: (m) => (m.schemaVersion = 99),
    message: new RegExp(`schema version 99, this code reads version ${METADATA_SCHEMA_VERSION}`),
  },
  { name: "a missing vocabulary", change: (m) => delete m.words, message: /words: / },
  { name: "an empty vocabulary", change: (m) => (m.words = ""), message: /the vocabulary is empty/ },
  { name: "a word twice", change: (m) => (m.words = "the\nmovie\nthe"), message: /each word once/ },
  { name: "an empty line", change: (m) => (m.words = "the\n\ngood"), message: /none empty/ },
  {
    name: "an unknown field (a typo, or a writer newer than the schema)",
    change: (m) => (m.vocabulary = { the: 4 }),
    message: /vocabulary/,
  },
  {
    name: "padding this code does not implement",
    change: (m) => ((m.preprocessing as Record<string, unknown>).padding = "middle"),
    message: /preprocessing\.padding: .*"pre" \| "post"/,
  },
  {
    name: "an accuracy above 1",
    change: (m) => (m.shortValidation = { examples: 10, accuracy: 7.5 }),
    message: /shortValidation\.accuracy/,
  },
  { name: "a model name no recipe has", change: (m) => (m.name = "mine"), message: /name: / },
  {
    name: "a band that leaves out 0.5",
    change: (m) => (m.unsureBand = { ...band, high: 0.45 }),
    message: /contain 0\.5/,
  },
  {
    name: "a band that is prose (the English sentence of schema version 1)",
    change: (m) => (m.unsureBand = { ...band, why: "On 4849 short validation reviews, …" }),
    message: /unsureBand\.why/,
  },
];
for (const { name, change, message } of REFUSED_READING) {
  test(`parseModelReading refuses ${name}`, () => {
    const m = readingJson();
    change(m);
    assert.throws(() => parseModelReading(m), message);
  });
}

for (const field of ["training", "history", "dataset", "createdAt"]) {
  test(`parseModelCard refuses a card.json without ${field}`, () => {
    const card = cardJson();
    delete card[field];
    assert.throws(() => parseModelCard(card), new RegExp(`${field}: `));
  });
}

test("parseModelReading and parseModelCard refuse what is not an object, naming where it came from", () => {
  assert.throws(
    () => parseModelReading([], "https://store.example/m/reading.json"),
    /^Error: https:\/\/store\.example\/m\/reading\.json does not fit/,
  );
  assert.throws(() => parseModelCard("card", "card.json"), /^Error: card\.json does not fit the card\.json schema/);
});

test("joinMetadata refuses a card.json from another save", () => {
  const reading = parseModelReading(readingJson());
  const card = parseModelCard({ ...cardJson(), createdAt: "2025-02-02T00:00:00.000Z" });
  assert.throws(() => joinMetadata(reading, card, "m/"), /card\.json was written for the model saved at 2025-02-02/);
  const joined = joinMetadata(reading, parseModelCard(cardJson()));
  assert.deepEqual(JSON.parse(JSON.stringify(joined)), JSON.parse(JSON.stringify(fixture())));
});

test("metadata.json of schema version 1: read with its word -> index vocabulary, the old band sentence dropped", () => {
  const { schemaVersion: _, ...current } = JSON.parse(JSON.stringify(fixture()));
  const old = { ...current, schemaVersion: 1, unsureBand: { ...band, why: "On 4849 short validation reviews, …" } };
  const read = parseMetadataVersion1(old);
  assert.equal(read.schemaVersion, METADATA_SCHEMA_VERSION);
  assert.deepEqual(read.unsureBand, band);
  assert.deepEqual({ ...read.vocabulary }, { the: 4, movie: 5, good: 6 });
  assert.throws(() => parseMetadataVersion1({ ...old, schemaVersion: 2 }), /expected 1/);
  assert.throws(
    () => parseMetadataVersion1({ ...old, vocabulary: { the: 4.5 } }),
    /vocabulary: the vocabulary must map/,
  );
});

test("parseAblationTable reads the shipped ablation rows and refuses a row without its validation figures", () => {
  const rows = JSON.parse(shippedText("default", MODEL_FILES.card)).ablation as unknown[];
  assert.ok(rows.length > 0);
  assert.equal(parseAblationTable(rows, "ablation.json").length, rows.length);
  assert.throws(
    () => parseAblationTable([{ step: 2, base: 1, change: { kind: "shortSpans", perReview: 1 } }], "ablation.json"),
    /ablation\.json is not an ablation table: 0\.validation: /,
  );
});

test("an ablation row written before changes were data is read with its step's change", () => {
  const figures = { validation: { examples: 10, accuracy: 0.8 }, shortValidation: { examples: 10, accuracy: 0.7 } };
  const [row] = parseAblationTable([{ step: 7, change: "step 5 + masking the padding", ...figures }], "ablation.json");
  assert.deepEqual(row, { step: 7, base: 5, change: { kind: "masking" }, ...figures });
  assert.throws(() => parseAblationTable([{ step: 99, change: "+ something", ...figures }], "a.json"), /0\.change: /);
});

test("words that name JavaScript's object machinery stay in the vocabulary", () => {
  const words = ["the", "prototype", "constructor", "__proto__", "toString"];
  const parsed = parseModelReading({ ...readingJson(), words: words.join("\n") });
  assert.deepEqual(Object.keys(parsed.vocabulary), words);
  assert.deepEqual(Object.entries(parsed.vocabulary)[3], ["__proto__", 7]);
  assert.equal(splitMetadata({ ...fixture(), vocabulary: parsed.vocabulary }).reading.words, words.join("\n"));
});
