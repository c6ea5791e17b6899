import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable } from "../../data-table";
import { LearnArticle } from "../../learn-article";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { en } from "./en";
import { zh } from "./zh";

export default function TrainingVsTestingPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="training-vs-testing">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.trainingTitle}</h2>
            <p>{t.training}</p>
            <h2>{t.testingTitle}</h2>
            <p>{t.testing}</p>
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <DataTable
              testId="comparison-table"
              head={t.table.head}
              rows={t.table.rows.map(([label, training, testing]) => ({
                key: label,
                cells: [{ value: label, header: true }, training, testing],
              }))}
            />
            <h2>{t.codeTitle}</h2>
            <CodeCompare
              language={language}
              keras="model.fit(X_train, y_train, epochs=3, batch_size=64)"
              file="scripts/lib/imdb/train-imdb.ts"
              from="const fitted = await fit("
            />
            <CodeCompare
              language={language}
              keras={'scores = model.evaluate(X_test, y_test, verbose=0)\nprint("Accuracy: %.2f%%" % (scores[1]*100))'}
              file="scripts/lib/imdb/train-imdb.ts"
              from="const evaluation = testEvaluation("
            />
            <Callout>
              <p>{t.vocabulary}</p>
            </Callout>
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/train-imdb.ts"
              from="// The vocabulary comes from the training texts only"
              to="const vocabulary = buildVocabulary("
            />
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.box}</p>
          </>
        );
      }}
    </LearnArticle>
  );
}
