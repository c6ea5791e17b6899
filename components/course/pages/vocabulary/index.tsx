import type { Language } from "@/lib/site";
import { readEachModel } from "../../build-predictor";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable, mono } from "../../data-table";
import { explainEach, unknownWordsReading } from "../../exercise-readings";
import { LearnArticle } from "../../learn-article";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { VocabularyMarker } from "../../widgets/vocabulary-marker";
import { en } from "./en";
import { zh } from "./zh";

export default async function VocabularyPage({ language }: { language: Language }) {
  const readings = await readEachModel(unknownWordsReading);
  return (
    <LearnArticle language={language} slug="vocabulary">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.whyTitle}</h2>
            <ul>
              {t.why.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2>{t.restTitle}</h2>
            <p>{t.rest}</p>
            <VocabularyMarker language={language} />
            <h2>{t.reservedTitle}</h2>
            <DataTable
              testId="reserved-indices"
              head={t.head}
              rows={t.rows.map(([index, meaning, example]) => ({
                key: index,
                cells: [
                  mono(index),
                  meaning,
                  { value: example, lang: String(example).startsWith("“") ? "en" : undefined },
                ],
              }))}
            />
            <p>{t.count}</p>
            <CodeCompare
              language={language}
              keras={"imdb.load_data(num_words=5000)\n# the defaults: start_char=1, oov_char=2, index_from=3"}
              file="lib/vocabulary.ts"
              from="export const PAD_INDEX"
              to="export const FIRST_WORD_INDEX"
            />
            <CodeCompare
              language={language}
              file="lib/vocabulary.ts"
              from="export function wordsToIndices("
              to="return indices;"
            />
            <PredictThenTry
              language={language}
              {...t.exercise}
              explanation={explainEach(readings, t.exercise.explanation)}
            />
            <Callout>
              <p>{t.note}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
