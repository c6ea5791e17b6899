import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable } from "../../data-table";
import { LearnArticle } from "../../learn-article";
import { KERAS, KERAS3_SEEDING } from "./copy";
import { en } from "./en";
import { zh } from "./zh";

export default function RandomSeedPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="random-seed">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.randomTitle}</h2>
            <ul>
              {t.random.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <CodeCompare language={language} file="scripts/lib/model.ts" from="embeddingsInitializer:" />
            <h2>{t.seedTitle}</h2>
            <p>{t.seed}</p>
            <h2>{t.sevenTitle}</h2>
            <p>{t.seven}</p>
            <h2>{t.oursTitle}</h2>
            <p>{t.ours}</p>
            <CodeCompare
              language={language}
              keras={KERAS}
              file="scripts/lib/model.ts"
              from="Each initializer gets its own seed"
              to="}"
            />
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/fit.ts"
              from="const batches = lengthBuckets(lengths, options.batchSize, seededRandom("
            />
            <h2>{t.kerasTitle}</h2>
            <p>{t.keras}</p>
            <DataTable
              testId="keras-seeding"
              head={t.kerasHead}
              rows={KERAS3_SEEDING.map((row) => ({
                key: row.call,
                cells: [
                  <code key="call">{row.call}</code>,
                  row.weights ? t.yes : t.no,
                  typeof row.shuffle === "string" ? t.onBackend(row.shuffle) : row.shuffle ? t.yes : t.no,
                ],
              }))}
            />
            <p>{t.kerasOld}</p>
            <h2>{t.limitsTitle}</h2>
            <ul>
              {t.limits.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <Callout>
              <p>{t.same}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
