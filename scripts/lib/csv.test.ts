import assert from "node:assert/strict";
import { it } from "node:test";
import { CsvFormatError, csvLine, parseCsvRecords } from "./csv";

const cases: { name: string; text: string; records?: [number, string[]][]; error?: [number, RegExp] }[] = [
  {
    name: "plain fields, blank lines skipped, CRLF",
    text: "a,b\r\n\r\n1,2\n",
    records: [
      [1, ["a", "b"]],
      [3, ["1", "2"]],
    ],
  },
  {
    name: "quoted commas, quotes and line breaks",
    text: 'id,text\n"s01-t1","say ""hi"", then\nleave"\nx,""\n',
    records: [
      [1, ["id", "text"]],
      [2, ["s01-t1", 'say "hi", then\nleave']],
      [4, ["x", ""]],
    ],
  },
  { name: "unclosed quote", text: 'a\n"b,c\n', error: [2, /never closed/] },
  { name: "text after a closing quote", text: 'a\n"b"c\n', error: [2, /after a closing quote/] },
];

for (const { name, text, records, error } of cases) {
  it(name, () => {
    if (records)
      assert.deepEqual(
        parseCsvRecords(text).map((r) => [r.line, r.fields]),
        records,
      );
    else
      assert.throws(
        () => parseCsvRecords(text),
        (e: unknown) => e instanceof CsvFormatError && e.line === error![0] && error![1].test(e.message),
      );
  });
}

it("writes fields back so that they read the same", () => {
  const fields = ["s01, run 2", 'say "hi"', "two\nlines", 1.5, "plain"];
  assert.equal(csvLine(fields), '"s01, run 2","say ""hi""","two\nlines",1.5,plain');
  assert.deepEqual(parseCsvRecords(csvLine(fields))[0].fields, fields.map(String));
});
