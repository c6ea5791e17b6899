/**
 * Files of labelled reviews a user brings to `npm run evaluate -- --data FILE`:
 *
 * - JSON lines (.jsonl, .ndjson, .json): one object a line, `{"text": "...", "label": 0 | 1}`,
 *   with an optional `"test"` naming the group the review belongs to;
 * - CSV (.csv) with a header naming `text` and `label` (and optionally `test`) columns,
 *   quoted as RFC 4180 says: commas, quotes ("") and line breaks inside quoted fields.
 *
 * Other extensions are read as JSON lines when the file starts with "{", else as CSV.
 * Every problem is one line, `file:line: what is wrong`, for the first bad line.
 */
import { readFile } from "node:fs/promises";
import { CsvFormatError, type CsvRecord, parseCsvRecords } from "../csv";

export interface LabelledReview {
  text: string;
  /** 1 = positive, 0 = negative. */
  label: 0 | 1;
  /** The `test` field: which group of the report the review counts in. */
  group?: string;
  /** Line of the file where the review starts. */
  line: number;
}

export class ReviewFileError extends Error {
  override name = "ReviewFileError";
}

export async function readReviewFile(path: string): Promise<LabelledReview[]> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    throw new ReviewFileError(
      `${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return parseReviewFile(path, content);
}

/** Parses `content`; `path` names the file in errors and picks the format by extension. */
export function parseReviewFile(path: string, content: string): LabelledReview[] {
  const text = content.replace(/^\uFEFF/, "");
  const jsonLines = /\.(jsonl|ndjson|json)$/i.test(path) || (!/\.csv$/i.test(path) && text.trimStart().startsWith("{"));
  const reviews = jsonLines ? parseJsonLines(path, text) : parseCsv(path, text);
  if (reviews.length === 0) {
    throw new ReviewFileError(
      `${path}: no reviews; expected ${jsonLines ? 'one {"text": ..., "label": 0 or 1} object a line' : "a text,label header and one review a row"}`,
    );
  }
  return reviews;
}

/** Checks one review's fields, whichever format they came from. */
function review(path: string, line: number, text: unknown, label: unknown, group: unknown): LabelledReview {
  const fail = (message: string) => new ReviewFileError(`${path}:${line}: ${message}`);
  if (typeof text !== "string")
    throw fail(text === undefined ? 'no "text"' : `text must be a string, got ${JSON.stringify(text)}`);
  if (text.trim() === "") throw fail("text is empty");
  const value = typeof label === "string" ? label.trim() : label;
  if (value !== 0 && value !== 1 && value !== "0" && value !== "1") {
    throw fail(
      label === undefined
        ? 'no "label" (0 = negative, 1 = positive)'
        : `label must be 0 or 1, got ${JSON.stringify(label)}`,
    );
  }
  if (group !== undefined && typeof group !== "string" && typeof group !== "number")
    throw fail(`test must be a string naming a group, got ${JSON.stringify(group)}`);
  return {
    text,
    label: Number(value) as 0 | 1,
    line,
    ...(group !== undefined && group !== "" ? { group: String(group) } : {}),
  };
}

function parseJsonLines(path: string, content: string): LabelledReview[] {
  const reviews: LabelledReview[] = [];
  content.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ReviewFileError(`${path}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new ReviewFileError(`${path}:${i + 1}: expected an object like {"text": "...", "label": 1}`);
    }
    const fields = value as Record<string, unknown>;
    reviews.push(review(path, i + 1, fields.text, fields.label, fields.test));
  });
  return reviews;
}

/** The file's CSV records, with a format problem named by file and line. */
function csvRecords(path: string, content: string): CsvRecord[] {
  try {
    return parseCsvRecords(content);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new ReviewFileError(`${path}:${error.line}: ${error.message}`);
    throw error;
  }
}

function parseCsv(path: string, content: string): LabelledReview[] {
  const [header, ...rows] = csvRecords(path, content);
  if (!header) return [];
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const column = (name: string) => names.indexOf(name);
  if (column("text") < 0 || column("label") < 0) {
    throw new ReviewFileError(
      `${path}:${header.line}: the header must name a text and a label column, got "${header.fields.join(",")}"`,
    );
  }
  return rows.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new ReviewFileError(
        `${path}:${line}: ${fields.length} fields, but the header has ${names.length}; put a text with commas in double quotes`,
      );
    }
    return review(
      path,
      line,
      fields[column("text")],
      fields[column("label")],
      column("test") >= 0 ? fields[column("test")] : undefined,
    );
  });
}
