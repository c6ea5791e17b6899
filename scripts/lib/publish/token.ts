/** Where the Blob token comes from: the environment, else a `.env.local` written by `vercel env pull`. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export async function findBlobToken(
  env: Record<string, string | undefined>,
  dir: string,
): Promise<{ token: string; source: string } | null> {
  const fromEnv = env.BLOB_READ_WRITE_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: "the environment" };
  const envFile = join(dir, ".env.local");
  if (!existsSync(envFile)) return null;
  const match = /^\s*(?:export\s+)?BLOB_READ_WRITE_TOKEN\s*=\s*["']?([^"'\s#]+)/m.exec(await readFile(envFile, "utf8"));
  return match ? { token: match[1], source: envFile } : null;
}
