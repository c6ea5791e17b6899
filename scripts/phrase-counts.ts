/**
 * `npm run phrases`: in how many positive and negative training reviews a phrase
 * appears, the only thing the review labels tell a model about it.
 */
import { runMain } from "./lib/cli";
import { defineCommand, parseFlags } from "./lib/flags";
import { loadImdb } from "./lib/imdb/imdb-dataset";
import { countPhrases, NEGATION_PHRASES } from "./lib/imdb/phrase-counts";
import { splitValidation } from "./lib/imdb/validation-split";

const command = defineCommand({
  name: "phrases",
  summary: "Count the positive and negative IMDB training reviews that contain each phrase (never the test reviews).",
  flags: {
    data: { type: "string", valueName: "PATH", help: "IMDB .tar.gz or aclImdb/ folder (default: the cached download)" },
    phrases: {
      type: "string",
      valueName: "LIST",
      help: `comma-separated phrases (default: ${NEGATION_PHRASES.join(", ")})`,
    },
    json: { type: "boolean", help: "print the counts as JSON" },
  },
  epilogue:
    "Counts the 22,500 training reviews the default model learns from (the validation reviews are left out).\n" +
    'Example: npm run phrases -- --phrases "not bad,not bad at all,not good"',
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const phrases = flags.phrases?.split(",").map((p) => p.trim()) ?? NEGATION_PHRASES;
  const { train } = splitValidation((await loadImdb(flags.data, { showProgress: !flags.json })).train);
  const counts = countPhrases(train, phrases);
  if (flags.json) {
    console.log(JSON.stringify(counts));
    return;
  }
  console.log(`${"phrase".padEnd(24)} ${"negative".padStart(9)} ${"positive".padStart(9)}  positive share`);
  for (const c of counts)
    console.log(
      `${c.phrase.padEnd(24)} ${String(c.negative).padStart(9)} ${String(c.positive).padStart(9)}  ${
        c.positiveShare === null ? "—" : `${(100 * c.positiveShare).toFixed(0)}%`
      }`,
    );
}

runMain(import.meta.url, main);
