/**
 * A review in a page address's fragment (`#review=…`), which the browser never sends to a
 * server: a shared link opens the box with the review in it and nothing leaves the browser.
 */

const KEY = "review";

/** The fragment, without `#`, that carries `text`: `review=` and the text percent-encoded. */
export function reviewFragment(text: string): string {
  return `${KEY}=${encodeURIComponent(text)}`;
}

/**
 * The review a fragment carries, or null when it carries none or is malformed. Accepts the
 * fragment with or without its `#`, and `review=` among other `&`-separated fields.
 */
export function reviewFromFragment(hash: string): string | null {
  const fields = hash.replace(/^#/, "").split("&");
  const field = fields.find((part) => part.startsWith(`${KEY}=`));
  if (field === undefined) return null;
  try {
    return decodeURIComponent(field.slice(KEY.length + 1));
  } catch {
    return null; // a hand-edited link with a broken escape: no review, not a crash
  }
}
