/**
 * The Stanford Sentiment Treebank (Socher et al., 2013): movie-review sentences parsed
 * into trees in which every phrase carries a label from 0 (very negative) to 4 (very
 * positive). Its phrase labels teach what whole-review labels cannot: "not bad", "but".
 *
 * A line is a bracketed tree, `(3 (2 It) (4 (2 's) (3 (2 a) (4 lovely) (2 film))))`.
 * Tokens are Penn-Treebank style (`do n't`, `-LRB-`, ``` `` ```); `typedText` turns them back
 * into text as people type it, so the project's own tokenizer sees what the box sees.
 * Binary labels as usual (SST-2): 0–1 negative, 3–4 positive, 2 left out.
 * Only the official train and dev splits are read; the test split is never used here.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256Hex } from "../../../lib/sha256";
import type { LabelledText } from "./short-reviews";

/** A parsed node: its 0–4 label and its tokens, in order. */
export interface TreeNode {
  label: number;
  tokens: string[];
  children: TreeNode[];
}

export type TreebankSplit = "train" | "dev";
export const TREEBANK_FILES: Record<TreebankSplit, string> = { train: "train.txt", dev: "dev.txt" };
export const TREEBANK_CITATION =
  "Socher, Perelygin, Wu, Chuang, Manning, Ng and Potts (2013). Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank. EMNLP 2013.";

/** Parses one bracketed tree; throws with the position when the line is not one. */
export function parseTree(line: string): TreeNode {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`treebank tree: ${what} at character ${at + 1} of "${line.slice(0, 60)}…"`);
  };
  const skipSpace = () => {
    while (line[at] === " ") at++;
  };
  const node = (): TreeNode => {
    skipSpace();
    if (line[at] !== "(") fail('expected "("');
    at++;
    const labelMatch = /^[0-4]/.exec(line.slice(at));
    if (!labelMatch) fail("expected a label 0–4");
    const label = Number(line[at]);
    at++;
    skipSpace();
    if (line[at] === "(") {
      const children: TreeNode[] = [];
      while (line[at] === "(") {
        children.push(node());
        skipSpace();
      }
      if (line[at] !== ")") fail('expected ")"');
      at++;
      return { label, tokens: children.flatMap((c) => c.tokens), children };
    }
    const start = at;
    while (at < line.length && line[at] !== ")") at++;
    const token = line.slice(start, at).trim();
    if (token === "" || at >= line.length) fail("expected a token and ')'");
    at++;
    return { label, tokens: [token], children: [] };
  };
  const root = node();
  skipSpace();
  if (at !== line.length) fail("unexpected text after the tree");
  return root;
}

const BRACKETS: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LSB-": "[",
  "-RSB-": "]",
  "-LCB-": "{",
  "-RCB-": "}",
};
/** Tokens written against the word before them: clitics and closing punctuation. */
const ATTACH_LEFT = /^(?:n't|'s|'re|'ve|'ll|'d|'m|[.,;:!?%)\]}]|\.\.\.|'')$/i;
/** Tokens written against the word after them. */
const ATTACH_RIGHT = /^(?:[([{$]|``)$/;

/**
 * Penn-Treebank tokens back into typed text.
 *
 * @example typedText(["It", "does", "n't", "work", "-LRB-", "really", "-RRB-", "."]) // "It doesn't work (really)."
 */
export function typedText(tokens: readonly string[]): string {
  let text = "";
  let glueNext = true;
  for (const raw of tokens) {
    const token = BRACKETS[raw] ?? raw.replace(/\\\//g, "/").replace(/\\\*/g, "*");
    const written = token === "``" || token === "''" ? '"' : token;
    if (!glueNext && !ATTACH_LEFT.test(token)) text += " ";
    text += written;
    glueNext = ATTACH_RIGHT.test(token);
  }
  return text;
}

/** SST-2's binary label: 0–1 negative, 3–4 positive, 2 (neutral) none. */
export function binaryLabel(label: number): 0 | 1 | null {
  return label <= 1 ? 0 : label >= 3 ? 1 : null;
}

function* nodes(root: TreeNode): Generator<TreeNode> {
  yield root;
  for (const child of root.children) yield* nodes(child);
}

/**
 * Every non-neutral phrase of every tree (whole sentences included), once per distinct
 * typed text, in file order. Ids are `sst-<split>-<line>#<n>`.
 */
export function treebankPhrases(lines: readonly string[], split: TreebankSplit): LabelledText[] {
  const seen = new Set<string>();
  const phrases: LabelledText[] = [];
  for (const [index, line] of lines.entries()) {
    let n = 0;
    for (const node of nodes(parseTree(line))) {
      const label = binaryLabel(node.label);
      const text = typedText(node.tokens);
      if (label === null || seen.has(text)) continue;
      seen.add(text);
      phrases.push({ text, label, id: `sst-${split}-${index + 1}#${n++}` });
    }
  }
  return phrases;
}

/** A phrase the treebank's annotators rated neutral (2): "no opinion", trained towards 0.5. */
export interface NeutralText {
  text: string;
  label: 0.5;
  id: string;
}

/**
 * Every neutral phrase of every tree, once per distinct typed text, in file order, leaving
 * out texts that some other node of the split labels negative or positive (one text, one
 * target). Ids are `sst-<split>-<line>#n<n>`.
 */
export function treebankNeutralPhrases(lines: readonly string[], split: TreebankSplit): NeutralText[] {
  const trees = lines.map((line) => parseTree(line));
  const opinionated = new Set<string>();
  for (const root of trees)
    for (const node of nodes(root)) if (binaryLabel(node.label) !== null) opinionated.add(typedText(node.tokens));
  const seen = new Set<string>();
  const phrases: NeutralText[] = [];
  for (const [index, root] of trees.entries()) {
    let n = 0;
    for (const node of nodes(root)) {
      const text = typedText(node.tokens);
      if (binaryLabel(node.label) !== null || opinionated.has(text) || seen.has(text)) continue;
      seen.add(text);
      phrases.push({ text, label: 0.5, id: `sst-${split}-${index + 1}#n${n++}` });
    }
  }
  return phrases;
}

/** The non-neutral whole sentences (the SST-2 task), ids `sst-<split>-<line>`. */
export function treebankSentences(lines: readonly string[], split: TreebankSplit): LabelledText[] {
  return lines.flatMap((line, index) => {
    const root = parseTree(line);
    const label = binaryLabel(root.label);
    return label === null ? [] : [{ text: typedText(root.tokens), label, id: `sst-${split}-${index + 1}` }];
  });
}

/** What training reads from the treebank: train phrases and sentences, dev sentences, and the files' hashes. */
export interface TreebankData {
  phrases: LabelledText[];
  /** The train split's neutral phrases (targets 0.5), for recipes that teach "no opinion". */
  neutralPhrases: NeutralText[];
  trainSentences: LabelledText[];
  devSentences: LabelledText[];
  record: { name: "Stanford Sentiment Treebank (Socher et al., 2013)"; trainSha256: string; devSha256: string };
}

export async function loadTreebankData(dir: string): Promise<TreebankData> {
  const [train, dev] = [await readTreebank(dir, "train"), await readTreebank(dir, "dev")];
  return {
    phrases: treebankPhrases(train.lines, "train"),
    neutralPhrases: treebankNeutralPhrases(train.lines, "train"),
    trainSentences: treebankSentences(train.lines, "train"),
    devSentences: treebankSentences(dev.lines, "dev"),
    record: {
      name: "Stanford Sentiment Treebank (Socher et al., 2013)",
      trainSha256: train.sha256,
      devSha256: dev.sha256,
    },
  };
}

/** The tree lines of one split, and the file's SHA-256, from a folder holding `train.txt` and `dev.txt`. */
export async function readTreebank(dir: string, split: TreebankSplit): Promise<{ lines: string[]; sha256: string }> {
  const file = join(dir, TREEBANK_FILES[split]);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(
      `cannot read the treebank's ${split} split at ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ` +
        "--treebank names a folder with the Stanford Sentiment Treebank's train.txt and dev.txt",
    );
  }
  const lines = bytes
    .toString("utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  return { lines, sha256: await sha256Hex(bytes) };
}
