/**
 * Publishes a trained model to Vercel Blob for the site to load. The work happens in
 * ./model-publisher.ts; this file parses flags and prints. `npm run publish-model -- --help`.
 */
import { parseArgs } from "node:util";
import { describePublication, findBlobToken, publishModel } from "./model-publisher";
import { parseOrHelp, runMain } from "./lib/cli";

const HELP = `Publish a trained model (model.json, weights, metadata.json) to Vercel Blob.

Usage: npm run publish-model -- [flags]

  --dir DIR       the model folder (default: public/model)
  --prefix NAME   Blob folder for versions and the pointer (default: models)
  --dry-run       check the artifacts and show the plan; no token, no upload
  -h, --help      show this text

Uploads to <prefix>/<content hash>/ (immutable, cached for a year), downloads every
file again to check its SHA-256, then moves <prefix>/latest.json to the new version.
Needs BLOB_READ_WRITE_TOKEN, from the environment or from .env.local (vercel env pull).
Prints the NEXT_PUBLIC_MODEL_URL to build the site with.
`;

interface PublishFlags {
  dir: string;
  prefix: string;
  dryRun: boolean;
}

function parseFlags(argv: string[]): PublishFlags | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: "string", default: "public/model" },
      prefix: { type: "string", default: "models" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  return values.help ? null : { dir: values.dir, prefix: values.prefix, dryRun: values["dry-run"] };
}

async function main(argv: string[]): Promise<void> {
  const flags = parseOrHelp(argv, HELP, parseFlags);
  if (flags === null) return;
  const found = await findBlobToken(process.env, process.cwd());
  if (found) console.log(`using BLOB_READ_WRITE_TOKEN from ${found.source}`);
  const result = await publishModel(flags.dir, { prefix: flags.prefix, dryRun: flags.dryRun, token: found?.token, log: (line) => console.log(line) });
  console.log(`\n${describePublication(result)}`);
}

runMain(import.meta.url, main);
