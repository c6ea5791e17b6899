import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseReviewFile, readReviewFile } from "./review-file";

const good: {
  name: string;
  path: string;
  content: string;
  reviews: { text: string; label: 0 | 1; group?: string; line: number }[];
}[] = [
  {
    name: "JSON lines with groups, blank lines and CRLF",
    path: "mine.jsonl",
    content:
      '{"text": "Loved it", "label": 1, "test": "tweets"}\r\n\n{"label": 0, "text": "Dull.", "test": 2}\n{"text": "ok", "label": "1"}\n',
    reviews: [
      { text: "Loved it", label: 1, group: "tweets", line: 1 },
      { text: "Dull.", label: 0, group: "2", line: 3 },
      { text: "ok", label: 1, line: 4 },
    ],
  },
  {
    name: "JSON lines recognised by content",
    path: "reviews.txt",
    content: '  {"text": "fine", "label": 1}',
    reviews: [{ text: "fine", label: 1, line: 1 }],
  },
  {
    name: "CSV: quoted commas, doubled quotes, a line break in a field, any column order",
    path: "reviews.csv",
    content: 'label,text\n1,"Great, really great"\n0,"He said ""meh""."\n1,"two\nlines"\n0,plain text\n',
    reviews: [
      { text: "Great, really great", label: 1, line: 2 },
      { text: 'He said "meh".', label: 0, line: 3 },
      { text: "two\nlines", label: 1, line: 4 },
      { text: "plain text", label: 0, line: 6 },
    ],
  },
  {
    name: "CSV: BOM, CRLF, a test column, extra columns, spaces in the header, blank lines, no final newline",
    path: "r.CSV",
    content: '\uFEFFid, Text ,LABEL,test\r\n7,Good,1,a\r\n\r\n8,"Fine, thanks",0,\r\n9,Bad,0,b',
    reviews: [
      { text: "Good", label: 1, group: "a", line: 2 },
      { text: "Fine, thanks", label: 0, line: 4 },
      { text: "Bad", label: 0, group: "b", line: 5 },
    ],
  },
];

for (const { name, path, content, reviews } of good) {
  test(`parseReviewFile: ${name}`, () => assert.deepEqual(parseReviewFile(path, content), reviews));
}

const bad: { name: string; path: string; content: string; error: string }[] = [
  {
    name: "CSV label not 0 or 1",
    path: "reviews.csv",
    content: `text,label\n${"ok,1\n".repeat(15)}bad one,pos\n`,
    error: 'reviews.csv:17: label must be 0 or 1, got "pos"',
  },
  {
    name: "CSV without a label column",
    path: "r.csv",
    content: "review,stars\nok,5\n",
    error: 'r.csv:1: the header must name a text and a label column, got "review,stars"',
  },
  {
    name: "CSV row with an unquoted comma",
    path: "r.csv",
    content: "text,label\nGood, really,1\n",
    error: "r.csv:2: 3 fields, but the header has 2; put a text with commas in double quotes",
  },
  {
    name: "CSV quote never closed",
    path: "r.csv",
    content: 'text,label\n1,0\n"open,1\nmore,0\n',
    error: 'r.csv:3: a quoted field is never closed (a missing " ?)',
  },
  {
    name: "CSV text after a closing quote",
    path: "r.csv",
    content: 'text,label\n"a"b,1\n',
    error: 'r.csv:2: unexpected "b" after a closing quote; inside a quoted field write a quote as ""',
  },
  { name: "CSV empty text", path: "r.csv", content: 'text,label\n"",1\n', error: "r.csv:2: text is empty" },
  {
    name: "CSV error line counts line breaks inside quotes",
    path: "r.csv",
    content: 'text,label\n"a\nb\nc",1\nd,2\n',
    error: 'r.csv:5: label must be 0 or 1, got "2"',
  },
  {
    name: "CSV header only",
    path: "r.csv",
    content: "text,label\n",
    error: "r.csv: no reviews; expected a text,label header and one review a row",
  },
  {
    name: "JSON not valid",
    path: "r.jsonl",
    content: '{"text": "a", "label": 1}\n{"text": "b", label: 1}\n',
    error: "r.jsonl:2: not valid JSON (",
  },
  {
    name: "JSON array instead of object",
    path: "r.jsonl",
    content: '["a", 1]\n',
    error: 'r.jsonl:1: expected an object like {"text": "...", "label": 1}',
  },
  {
    name: "JSON label 2",
    path: "r.jsonl",
    content: '{"text": "a", "label": 2}\n',
    error: "r.jsonl:1: label must be 0 or 1, got 2",
  },
  {
    name: "JSON label missing",
    path: "r.jsonl",
    content: '{"text": "a"}\n',
    error: 'r.jsonl:1: no "label" (0 = negative, 1 = positive)',
  },
  {
    name: "JSON text a number",
    path: "r.jsonl",
    content: '{"text": 5, "label": 1}\n',
    error: "r.jsonl:1: text must be a string, got 5",
  },
  { name: "JSON text missing", path: "r.jsonl", content: '\n\n{"label": 1}\n', error: 'r.jsonl:3: no "text"' },
  {
    name: "JSON test an object",
    path: "r.jsonl",
    content: '{"text": "a", "label": 1, "test": {}}\n',
    error: "r.jsonl:1: test must be a string naming a group, got {}",
  },
  {
    name: "JSON empty file",
    path: "r.jsonl",
    content: "\n",
    error: 'r.jsonl: no reviews; expected one {"text": ..., "label": 0 or 1} object a line',
  },
];
for (const { name, path, content, error } of bad) {
  test(`parseReviewFile: ${name} -> one line naming file and line`, () => {
    assert.throws(
      () => parseReviewFile(path, content),
      (thrown: Error) => {
        assert.ok(thrown.message.startsWith(error), thrown.message);
        assert.ok(!thrown.message.includes("\n"), "one line");
        return true;
      },
    );
  });
}

test("readReviewFile: reads a file, and says so when it cannot", async () => {
  const dir = await mkdtemp(join(tmpdir(), "review-file-"));
  try {
    await writeFile(join(dir, "a.csv"), "text,label\nnice,1\n");
    assert.deepEqual(await readReviewFile(join(dir, "a.csv")), [{ text: "nice", label: 1, line: 2 }]);
    await assert.rejects(readReviewFile(join(dir, "missing.csv")), /missing\.csv: cannot read it \(ENOENT\)/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
