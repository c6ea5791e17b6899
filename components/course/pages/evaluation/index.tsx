import { formatPercent } from "@/lib/format";
import { capabilityName } from "@/lib/i18n/capabilities";
import type { Language } from "@/lib/site";
import { readOrder } from "../../build-predictor";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable, mono } from "../../data-table";
import { EvaluationResults } from "../../evaluation-results";
import { LearnArticle } from "../../learn-article";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { ThresholdExplorer } from "../../widgets/threshold-explorer";
import { WordOcclusion } from "../../widgets/word-occlusion";
import { en } from "./en";
import { mistakeKey } from "./facts";
import { zh } from "./zh";

export default async function EvaluationPage({ language }: { language: Language }) {
  const order = await readOrder("tutorial");
  return (
    <LearnArticle language={language} slug="evaluation">
      {(m) => {
        const t = { en, zh }[language](m);
        const evaluation = m.evaluation;
        const shownKeys = (evaluation?.mistakes ?? []).map((mistake) => mistakeKey(mistake.excerpt));
        return (
          <>
            <p>{t.why}</p>
            <CodeCompare
              language={language}
              keras="scores = model.evaluate(X_test, y_test, verbose=0)"
              file="scripts/lib/imdb/evaluation.ts"
              from="...binaryMetrics(labels, probabilities),"
            />
            <h2>{t.resultsTitle}</h2>
            {evaluation ? (
              <>
                <p>{t.results(evaluation)}</p>
                <EvaluationResults evaluation={evaluation} language={language} />
                <ul>
                  {t.terms.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              </>
            ) : (
              <Callout kind="warning">
                <p>{t.missing}</p>
              </Callout>
            )}
            <h2>{t.thresholdTitle}</h2>
            <p>{t.threshold}</p>
            <ThresholdExplorer language={language} />
            <h2>{t.errsTitle}</h2>
            {evaluation?.mistakes?.length ? (
              <>
                <p>{t.errs}</p>
                <ol>
                  {evaluation.mistakes.map((mistake) => {
                    const key = mistakeKey(mistake.excerpt);
                    return (
                      <li
                        key={mistake.excerpt}
                        data-testid="mistake"
                        className="my-4 rounded-lg border border-zinc-200 p-3"
                      >
                        <blockquote lang="en" className="m-0 text-[0.9375rem] italic">
                          “{mistake.ending ?? mistake.excerpt}”
                        </blockquote>
                        <p className="mt-1 mb-0 text-sm text-zinc-600">
                          {t.truth(mistake.label)} · {t.said} {mistake.probability.toFixed(3)}
                        </p>
                        {key && (
                          <p className="mt-1 mb-0 text-[0.9375rem]" data-testid="mistake-note">
                            {t.notes[key]}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </>
            ) : (
              evaluation && <p>{t.noExamples}</p>
            )}
            <h2>{t.reasonsTitle}</h2>
            <ul>
              {t.reasons.flatMap((reason) => {
                const numbers = reason.keys.map((key) => shownKeys.indexOf(key) + 1);
                return numbers.every((n) => n > 0)
                  ? [<li key={reason.keys.join()}>{reason.text(numbers.join(", "))}</li>]
                  : [];
              })}
              {order && <li data-testid="order-claim">{t.order(order)}</li>}
            </ul>
            <PredictThenTry language={language} {...t.exercise} />
            {m.behaviour?.length ? (
              <>
                <h3>{t.behaviourTitle}</h3>
                <p>{t.behaviour}</p>
                <DataTable
                  testId="behaviour-table"
                  head={t.behaviourHead}
                  rows={[...m.behaviour]
                    .sort((a, b) => a.passed / a.total - b.passed / b.total)
                    .map((row) => ({
                      key: row.capability,
                      cells: [
                        capabilityName(language, row.capability),
                        mono(formatPercent(row.passed / row.total, 0)),
                        mono(row.total),
                      ],
                    }))}
                />
              </>
            ) : null}
            <h2>{t.occlusionTitle}</h2>
            <p>{t.occlusion}</p>
            <WordOcclusion
              language={language}
              initialText={(
                evaluation?.mistakes?.[0]?.ending ??
                "The acting was great and the music was lovely, but the plot was a mess and I was bored."
              ).replace(/^… /, "")}
            />
          </>
        );
      }}
    </LearnArticle>
  );
}
