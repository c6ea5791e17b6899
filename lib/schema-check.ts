/**
 * Checks a parsed file against its valibot schema: the typed value, or one error naming
 * every field that is missing or wrong, with its path. Every format's reader uses it.
 */
import * as v from "valibot";

export function parseWith<S extends v.GenericSchema>(schema: S, value: unknown, failure: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new Error(`${failure}: ${problems.join("; ")}`);
}
