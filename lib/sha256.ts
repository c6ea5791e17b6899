/**
 * SHA-256, the one hash of this project: model folders name their weights and vocabulary
 * with it, published versions are named by it. Web Crypto, so the same code runs in Node
 * (20+) and in browsers, which offer it on https and localhost only (`canHashSha256`).
 */

/** Whether this context can hash: false in a browser page served over plain http from another host. */
export function canHashSha256(): boolean {
  return globalThis.crypto?.subtle !== undefined;
}

/** SHA-256 of the bytes (or of the text's UTF-8) as 64 lowercase hex digits. */
export async function sha256Hex(content: ArrayBuffer | Uint8Array | string): Promise<string> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
