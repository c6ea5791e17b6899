/**
 * Plain values out of MAT-file arrays: what a field of a struct holds, as a number, a
 * string or a list. MATLAB has no scalars (a number is a 1×1 array) and no separate string
 * type in Level 5 files (text is a 1×n char array), so these helpers say what "a number" or
 * "a string" means and return null when the array is something else.
 */
import type { MatStruct, MatValue } from "./mat-file";

/** A field's value in a form a program uses: text, a number, a list of numbers, or null (empty or other). */
export type PlainValue = string | number | number[] | null;

/** The first element of a numeric array, or null for an empty or non-numeric one. */
export function matNumber(value: MatValue | undefined): number | null {
  if (value?.kind !== "numeric" || value.data.length === 0) return null;
  return value.data[0];
}

/** A char array's text (rows joined by newlines), or null for a non-char value. */
export function matString(value: MatValue | undefined): string | null {
  if (value?.kind !== "char") return null;
  return value.rows.join("\n");
}

/** Text as text, a 1×1 number as a number, a numeric vector as a list; anything else null. */
export function matPlain(value: MatValue | undefined): PlainValue {
  if (value === undefined) return null;
  if (value.kind === "char") return value.rows.join("\n");
  if (value.kind === "numeric") {
    if (value.data.length === 0) return null;
    if (value.data.length === 1) return value.data[0];
    return Array.from(value.data);
  }
  return null;
}

/** The elements of a struct array (none for an empty array or a non-struct such as `[]`). */
export function structElements(value: MatValue | undefined): Map<string, MatValue>[] {
  return value?.kind === "struct" ? value.elements : [];
}

/** Fields of a struct value as a map; for a 1×1 struct its one element. */
export function scalarStruct(value: MatValue | undefined): Map<string, MatValue> | null {
  const struct = value as MatStruct | undefined;
  if (struct?.kind !== "struct" || struct.elements.length !== 1) return null;
  return struct.elements[0];
}
