import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { Figure } from "../../figure";
import { LearnArticle } from "../../learn-article";
import { TrainingCurves } from "../../training-curves";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { en } from "./en";
import { VALIDATION_RUN } from "./shape";
import { zh } from "./zh";

export default function EpochsBatchesPage({ language }: { language: Language }) {
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
              file="scripts/lib/train-imdb.ts"
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
            <p>{t.check}</p>
            <Figure caption={t.checkCaption}>
              <TrainingCurves history={VALIDATION_RUN} language={language} />
            </Figure>
            {t.gap && <p>{t.gap}</p>}
            <Callout>
              <p>{t.validation}</p>
            </Callout>
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.buckets}</p>
            <CodeCompare language={language} file="scripts/lib/fit.ts" from="const batches = lengthBuckets(" />
          </>
        );
      }}
    </LearnArticle>
  );
}
