/**
 * The shape of every answer the publishing code reads, checked where it is read: a body
 * of the wrong shape (an HTML page from a proxy, JSON without the fields, a HEAD answer
 * without an ETag) becomes a BadAnswerError, which ./network.ts retries like a 5xx and
 * finally reports with the step, the pointer's state and the resume command.
 */
import * as v from "valibot";
import { BadAnswerError } from "./errors";

const text = v.pipe(v.string(), v.minLength(1));

/** What `head()` of @vercel/blob returns, as far as publishing uses it. */
export const HEAD_ANSWER = v.looseObject({ url: v.pipe(text, v.url()), pathname: text, etag: text });
/** What `put()` returns. */
export const PUT_ANSWER = v.looseObject({ url: v.pipe(text, v.url()), pathname: text, etag: text });
/** What `list()` returns. */
export const LIST_ANSWER = v.looseObject({
  blobs: v.array(v.looseObject({ url: v.pipe(text, v.url()), pathname: text })),
});
/** What `/api/model-version` answers (app/api/model-version). */
export const MODEL_VERSION_ANSWER = v.looseObject({ modelUrl: text, version: v.nullish(v.string()) });
/** What `vercel inspect URL --json` prints, as far as the check uses it. */
export const INSPECT_ANSWER = v.looseObject({
  name: text,
  url: v.optional(v.string()),
  target: v.nullish(v.string()),
  aliases: v.optional(v.array(text)),
  contextName: v.optional(v.string()),
});
/** What `vercel env ls ENV --json` prints. */
export const ENV_LIST_ANSWER = v.looseObject({
  envs: v.array(
    v.looseObject({
      key: text,
      target: v.optional(v.union([v.string(), v.array(v.string())])),
      gitBranch: v.nullish(v.string()),
    }),
  ),
});

/**
 * `answer` as `schema` describes it, or a BadAnswerError naming `what` answered and the
 * first thing wrong (a field's path and what it holds instead).
 */
export function checkAnswer<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  answer: unknown,
  what: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, answer);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  throw new BadAnswerError(
    `${what} answered with ${path ? `a wrong "${path}" (${issue.message})` : `an unexpected body (${issue.message})`}: not the answer it should give (a proxy or an outage in between?)`,
  );
}

/** Parses `body` as JSON for `what`, or a BadAnswerError showing the start of what came instead. */
export function parseJsonAnswer(body: string, what: string, contentType = ""): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const start = body.trim().slice(0, 40).replace(/\s+/g, " ");
    throw new BadAnswerError(
      `${what} answered with something that is not JSON (${contentType || "no content type"}: "${start}${body.length > 40 ? "…" : ""}"), an HTML page from a proxy or a login page?`,
    );
  }
}
