/**
 * `npm run first-load-js`: the JavaScript each prerendered page loads on a first visit,
 * from a built site (`next build` first). See scripts/lib/site/first-load-js.ts.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runMain, UsageError } from "./lib/cli";
import { defineCommand, parseFlags } from "./lib/flags";
import { firstLoadJs } from "./lib/site/first-load-js";

const command = defineCommand({
  name: "first-load-js",
  summary: "Print the first-load JavaScript (raw and gzip -9 kB) of every prerendered page of a built site.",
  flags: {
    dir: { type: "string", valueName: "DIR", default: ".next", help: "the build folder `next build` wrote" },
    json: { type: "boolean", help: "print the routes, their chunks and sizes as JSON" },
  },
  epilogue: "Run `npx next build` first. Counts the <script src> chunks of each page's HTML, each once.",
});

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  if (!existsSync(join(flags.dir, "server", "app"))) {
    throw new UsageError(`${flags.dir} holds no built pages (no server/app/): run \`npx next build\` first`);
  }
  const routes = firstLoadJs(flags.dir);
  if (flags.json) {
    console.log(JSON.stringify(routes, null, 2));
    return;
  }
  const width = Math.max(...routes.map(({ route }) => route.length));
  console.log(`${"route".padEnd(width)}  chunks  ${"kB".padStart(7)}  ${"gzip kB".padStart(7)}`);
  for (const { route, chunks, bytes, gzipBytes } of routes) {
    console.log(
      `${route.padEnd(width)}  ${String(chunks.length).padStart(6)}  ${kB(bytes).padStart(7)}  ${kB(gzipBytes).padStart(7)}`,
    );
  }
}

runMain(import.meta.url, main);
