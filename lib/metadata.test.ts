import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fixtureMetadata } from "../tests/fixture-metadata";
import { METADATA_SCHEMA_VERSION, type ModelMetadata, parseAblationTable, parseModelMetadata } from "./metadata";
import { MODEL_FILES, MODEL_NAMES, modelFolder } from "./model-folder";

const shipped = (name: (typeof MODEL_NAMES)[number]) =>
  JSON.parse(readFileSync(join("public", modelFolder(name), MODEL_FILES.metadata), "utf8")) as Record<string, unknown>;

for (const name of MODEL_NAMES) {
  test(`the shipped ${name} model's metadata.json fits the schema, every field kept`, () => {
    const raw = shipped(name);
    const parsed = parseModelMetadata(raw);
    assert.equal(parsed.name, name);
    // Nothing is dropped but an old unsureBand.why.
    const { unsureBand: _, ...rest } = raw;
    const { unsureBand: __, ...restParsed } = parsed;
    assert.deepEqual(restParsed, rest);
  });
}

const fixture = (): ModelMetadata =>
  fixtureMetadata({ numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 }, { the: 4 });
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

test("an unsure band written with the old English sentence: accepted, the sentence dropped", () => {
  const parsed = parseModelMetadata({
    ...fixture(),
    unsureBand: { ...band, why: "On 4849 short validation reviews, …" },
  });
  assert.deepEqual(parsed.unsureBand, band);
});

test("an unsure band of prose only (no numbers) is refused, naming the missing numbers", () => {
  assert.throws(
    () => parseModelMetadata({ ...fixture(), unsureBand: { low: 0.25, high: 0.75, why: "…" } }),
    /unsureBand\.target: [\s\S]*unsureBand\.reachedTarget/,
  );
});

const REFUSED: { name: string; change: (m: Record<string, unknown>) => void; message: RegExp }[] = [
  {
    name: "another schema version",
    change: (m) => (m.schemaVersion = 99),
    message: new RegExp(`schema version 99, this code reads version ${METADATA_SCHEMA_VERSION}`),
  },
  { name: "a missing field", change: (m) => delete m.vocabulary, message: /vocabulary: / },
  {
    name: "an unknown field (a typo, or a writer newer than the schema)",
    change: (m) => (m.trainingSecs = 3),
    message: /trainingSecs/,
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
    message: /must contain 0\.5/,
  },
  { name: "not an object", change: () => {}, message: /does not fit the metadata schema/ },
];
for (const { name, change, message } of REFUSED) {
  test(`parseModelMetadata refuses ${name}`, () => {
    const m = fixture() as unknown as Record<string, unknown>;
    change(m);
    assert.throws(() => parseModelMetadata(name === "not an object" ? [] : m), message);
  });
}

test("the message names where the file came from", () => {
  assert.throws(
    () => parseModelMetadata({}, "https://store.example/m/metadata.json"),
    /^Error: https:\/\/store\.example\/m\/metadata\.json does not fit/,
  );
});

test("parseAblationTable reads the shipped ablation rows and refuses a row without its validation figures", () => {
  const rows = shipped("default").ablation as unknown[];
  assert.ok(rows.length > 0);
  assert.equal(parseAblationTable(rows, "ablation.json").length, rows.length);
  assert.throws(
    () => parseAblationTable([{ change: "+ something" }], "ablation.json"),
    /ablation\.json is not an ablation table: 0\.validation: /,
  );
});

test("words that name JavaScript's object machinery stay in the vocabulary (and in its fingerprint)", () => {
  const vocabulary = { the: 4, prototype: 5, constructor: 6, ["__proto__"]: 7, toString: 8 };
  const parsed = parseModelMetadata(JSON.parse(JSON.stringify({ ...fixture(), vocabulary })));
  assert.deepEqual(
    Object.keys(parsed.vocabulary).sort(),
    ["__proto__", "constructor", "prototype", "the", "toString"].sort(),
  );
});

test("a vocabulary index that is not a whole number is refused", () => {
  assert.throws(
    () => parseModelMetadata({ ...fixture(), vocabulary: { the: 4.5 } }),
    /vocabulary: the vocabulary must map/,
  );
});
