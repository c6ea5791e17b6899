import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable, mono } from "../../data-table";
import { Equation, Frac } from "../../equation";
import { equationLabels } from "../../equation-labels";
import { LearnArticle } from "../../learn-article";
import { LogLossCalculator } from "../../widgets/log-loss-calculator";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { en } from "./en";
import { EXAMPLES } from "./facts";
import { zh } from "./zh";

export default function LogLossPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="log-loss">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.formulaTitle}</h2>
            <p>{t.formula}</p>
            <Equation label={equationLabels(language).logLoss}>
              <var>L</var> = −[ <var>y</var> · log <var>p</var> + (1 − <var>y</var>) · log(1 − <var>p</var>) ]
            </Equation>
            <p>{t.oneTerm}</p>
            <Equation label={equationLabels(language).batchLoss}>
              <var>L</var>
              <sub>batch</sub> = <Frac top="1" bottom={<var>N</var>} /> Σ
              <sub>
                <var>n</var>=1…<var>N</var>
              </sub>{" "}
              <var>L</var>
              <sub>
                <var>n</var>
              </sub>
            </Equation>
            <h2>{t.exampleTitle}</h2>
            <DataTable
              head={t.head}
              rows={EXAMPLES.map(({ y, p, loss }, i) => ({
                key: `${y}-${p}`,
                cells: [y, p, mono(`${y === 1 ? `−log ${p}` : `−log(1 − ${p})`} = ${loss}`), t.meanings[i]],
              }))}
            />
            <p>{t.whyLog}</p>
            <LogLossCalculator language={language} />
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.accuracy}</p>
            <CodeCompare
              language={language}
              keras="model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])"
              file="scripts/lib/model.ts"
              from="model.compile({"
            />
            <CodeCompare
              language={language}
              file="lib/metrics.ts"
              from="const probability = Math.min(1 - EPSILON"
              to="logLossSum +="
            />
            <h2>{t.modelTitle}</h2>
            <Callout>
              <p>{t.model}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
