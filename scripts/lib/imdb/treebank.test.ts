import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import {
  binaryLabel,
  loadTreebankData,
  parseTree,
  treebankNeutralPhrases,
  treebankPhrases,
  treebankSentences,
  typedText,
} from "./treebank";

// A tiny hand-written treebank: two sentences, one neutral at the root.
const TRAIN = [
  "(1 (2 It) (1 (2 (2 does) (1 (2 n't) (3 work))) (2 .)))",
  "(2 (2 (2 -LRB-) (3 (2 A) (4 lovely))) (2 (2 -RRB-) (2 (2 ``) (2 (2 film) (2 '')))))",
].join("\n");
const DEV = "(4 (3 (2 Not) (3 bad)) (4 (2 at) (4 all)))\n";

test("parseTree: labels and tokens of every node", () => {
  const root = parseTree("(3 (2 It) (4 (2 's) (3 (2 a) (4 lovely))))");
  assert.equal(root.label, 3);
  assert.deepEqual(root.tokens, ["It", "'s", "a", "lovely"]);
  assert.equal(root.children[1].label, 4);
  assert.deepEqual(root.children[1].children[1].tokens, ["a", "lovely"]);
});

test("parseTree: a line that is not a tree is refused with the place", () => {
  assert.throws(() => parseTree("(3 (2 It)"), /treebank tree: .* at character/);
  assert.throws(() => parseTree("(7 word)"), /expected a label 0–4/);
  assert.throws(() => parseTree("(2 a) extra"), /unexpected text/);
});

test("typedText: Penn-Treebank tokens back into typed text", () => {
  const cases: [string[], string][] = [
    [["It", "does", "n't", "work", "."], "It doesn't work."],
    [["ca", "n't", "stand", "it", "!"], "can't stand it!"],
    [["-LRB-", "really", "-RRB-", ","], "(really),"],
    [["a", "``", "Conan", "''", "film"], 'a "Conan" film'],
    [["he", "'s", "1\\/2", "good", "..."], "he's 1/2 good..."],
  ];
  for (const [tokens, text] of cases) assert.equal(typedText(tokens), text);
});

test("binaryLabel: 0–1 negative, 3–4 positive, 2 none", () => {
  assert.deepEqual([0, 1, 2, 3, 4].map(binaryLabel), [0, 0, null, 1, 1]);
});

test("treebankPhrases: every non-neutral node once, as typed text", () => {
  const phrases = treebankPhrases(TRAIN.split("\n"), "train");
  assert.deepEqual(
    phrases.map((p) => [p.text, p.label]),
    [
      ["It doesn't work.", 0],
      ["doesn't work.", 0],
      ["n't work", 0],
      ["work", 1],
      ["A lovely", 1],
      ["lovely", 1],
    ],
  );
  assert.equal(phrases[0].id, "sst-train-1#0");
});

test("treebankNeutralPhrases: every neutral node once, target 0.5, never a text labelled elsewhere", () => {
  // "work" is neutral nowhere here, but "film" is neutral, and a second tree labels "It" positive.
  const lines = [...TRAIN.split("\n"), "(3 (3 It) (2 .))"];
  const phrases = treebankNeutralPhrases(lines, "train");
  // "It" is neutral in the first tree, but the third labels it positive: it is left out.
  assert.deepEqual(
    phrases.map((p) => p.text),
    [
      "doesn't work",
      "does",
      "n't",
      ".",
      '(A lovely) "film"',
      "(A lovely",
      "(",
      "A",
      ') "film"',
      ")",
      '"film"',
      '"',
      'film"',
      "film",
    ],
  );
  assert.ok(phrases.every((p) => p.label === 0.5));
  assert.equal(phrases[0].id, "sst-train-1#n0");
});

test("treebankSentences: only non-neutral roots", () => {
  assert.deepEqual(treebankSentences(TRAIN.split("\n"), "train"), [
    { text: "It doesn't work.", label: 0, id: "sst-train-1" },
  ]);
});

test("loadTreebankData: reads a folder's train.txt and dev.txt, with their hashes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "sst-"));
  await writeFile(join(dir, "train.txt"), TRAIN);
  await writeFile(join(dir, "dev.txt"), DEV);
  const data = await loadTreebankData(dir);
  assert.equal(data.phrases.length, 6);
  assert.deepEqual(data.devSentences, [{ text: "Not bad at all", label: 1, id: "sst-dev-1" }]);
  assert.match(data.record.trainSha256, /^[0-9a-f]{64}$/);
  await assert.rejects(loadTreebankData(join(dir, "missing")), /cannot read the treebank's train split .*--treebank/);
});
