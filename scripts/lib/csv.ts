/**
 * The one CSV reader for the project's CSV inputs (review files, EEG trial files):
 * RFC 4180 records, fields split on commas, a field in double quotes may hold commas,
 * line breaks and quotes written as "". Each record keeps the line it starts on, so
 * errors can name it. Blank lines are skipped. `csvLine` writes a record the same way.
 */

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
}

/** A malformed quote, at `line`. */
export class CsvFormatError extends Error {
  override name = "CsvFormatError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsvRecords(content: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // the current field was quoted, so "" is a field even though empty
  let hasContent = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (hasContent) records.push({ line: recordLine, fields });
    fields = [];
    hasContent = false;
  };
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '"' && field === "" && !quoted) {
      const quoteLine = line;
      quoted = hasContent = true;
      for (i++; ; i++) {
        if (i >= content.length) throw new CsvFormatError(quoteLine, 'a quoted field is never closed (a missing " ?)');
        if (content[i] === '"' && content[i + 1] === '"') field += content[i++];
        else if (content[i] === '"') break;
        else {
          if (content[i] === "\n") line++;
          field += content[i];
        }
      }
      const next = content[i + 1];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvFormatError(
          line,
          `unexpected ${JSON.stringify(next)} after a closing quote; inside a quoted field write a quote as ""`,
        );
      }
    } else if (char === ",") {
      endField();
      hasContent = true;
    } else if (char === "\n" || (char === "\r" && content[i + 1] === "\n")) {
      endRecord();
      if (char === "\r") i++;
      recordLine = ++line;
    } else {
      field += char;
      hasContent = true;
    }
  }
  if (hasContent) endRecord();
  return records;
}

/** One record as a CSV line (no line break), quoting the fields that hold a comma, quote or line break. */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields
    .map((value) => {
      const text = String(value);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(",");
}
