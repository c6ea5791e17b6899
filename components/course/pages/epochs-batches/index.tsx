import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { Figure } from "../../figure";
import { LearnArticle } from "../../learn-article";
import { readModelMetadata } from "../../model-metadata";
import { TrainingCurves } from "../../training-curves";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { en } from "./en";
import { validationFacts } from "./facts";
import { zh } from "./zh";

export default async function EpochsBatchesPage({ language }: { language: Language }) {
  const box = await readModelMetadata("default");
  const v = validationFacts(box);
  return (
    <LearnArticle language={language} slug="epochs-batches">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <h2>{t.termsTitle}</h2>
            <ul>
              {t.terms.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <CodeCompare
              language={language}
              keras="model.fit(X_train, y_train, epochs=3, batch_size=64)"
              file="scripts/lib/imdb/train-imdb.ts"
              from="const fitted = await fit("
              to="batchSize: recipe.batchSize,"
            />
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <h2>{t.curvesTitle}</h2>
            <Figure caption={t.curves}>
              <TrainingCurves history={m.history} language={language} />
            </Figure>
            <h2>{t.checkTitle}</h2>
            {v && box ? (
              <>
                <p>{t.check(v)}</p>
                <Figure caption={t.checkCaption(v)}>
                  <TrainingCurves history={box.history} language={language} />
                </Figure>
              </>
            ) : (
              <p>{t.noBoxModel}</p>
            )}
            {t.gap && <p>{t.gap}</p>}
            <Callout>
              <p>{t.validation}</p>
            </Callout>
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.buckets}</p>
            <CodeCompare language={language} file="scripts/lib/imdb/fit.ts" from="const batches = lengthBuckets(" />
          </>
        );
      }}
    </LearnArticle>
  );
}
