import type { Language } from "@/lib/site";
import { readEachModel, readOrder } from "../../build-predictor";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { Equation } from "../../equation";
import { equationLabels } from "../../equation-labels";
import { explainEach } from "../../exercise-readings";
import { LearnArticle } from "../../learn-article";
import { orderReading } from "../../order-example";
import { OrderTable } from "../../order-table";
import { LstmInside } from "../../widgets/lstm-inside";
import { OpinionTrace } from "../../widgets/opinion-trace";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { WordOcclusion } from "../../widgets/word-occlusion";
import { GATES } from "./copy";
import { en } from "./en";
import { zh } from "./zh";

export default async function LstmPage({ language }: { language: Language }) {
  const [tutorialOrder, boxOrder] = await Promise.all([readOrder("tutorial"), readOrder("default")]);
  const orders = await readEachModel(orderReading);
  return (
    <LearnArticle language={language} slug="lstm">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.choiceTitle}</h2>
            <p>{t.choice}</p>
            <CodeCompare
              language={language}
              keras="model.add(LSTM(100))"
              file="scripts/lib/model.ts"
              from="tf.layers.lstm({"
              to="});"
            />
            <h2>{t.readsTitle}</h2>
            <p>{t.reads}</p>
            <Equation label={equationLabels(language).gates}>
              {GATES.map((gate) => (
                <span key={gate.name} className="block">
                  <var>{gate.symbol}</var>
                  <sub>t</sub> = {gate.f}(<var>x</var>
                  <sub>t</sub>
                  <var>W</var>
                  <sub>{gate.symbol}</sub> + <var>h</var>
                  <sub>t−1</sub>
                  <var>U</var>
                  <sub>{gate.symbol}</sub> + <var>b</var>
                  <sub>{gate.symbol}</sub>) &nbsp;<code className="text-sm">{gate.name}</code>
                </span>
              ))}
            </Equation>
            <p>{t.gatesLead}</p>
            <ul>
              {GATES.map((gate) => (
                <li key={gate.name}>
                  <code>{gate.name}</code>: {gate[language]}
                </li>
              ))}
            </ul>
            <p>{t.gateValues}</p>
            <Equation label={equationLabels(language).cellUpdate}>
              <span className="block">
                <var>c</var>
                <sub>t</sub> = <var>f</var>
                <sub>t</sub> ⊙ <var>c</var>
                <sub>t−1</sub> + <var>i</var>
                <sub>t</sub> ⊙ <var>g</var>
                <sub>t</sub> &nbsp;<code className="text-sm">cellState</code>
              </span>
              <span className="block">
                <var>h</var>
                <sub>t</sub> = <var>o</var>
                <sub>t</sub> ⊙ tanh(<var>c</var>
                <sub>t</sub>) &nbsp;<code className="text-sm">hiddenState</code>
              </span>
            </Equation>
            <p>{t.naming}</p>
            <h2>{t.codeTitle}</h2>
            <p>{t.code}</p>
            <CodeCompare
              language={language}
              file="lib/lstm-cell.ts"
              from="const inputGate = sigmoid("
              to="next.hiddenState[u] ="
            />
            <Callout>
              <p>{t.sigmoid}</p>
            </Callout>
            <h2>{t.lastTitle}</h2>
            <p>{t.last}</p>
            <OpinionTrace language={language} />
            {/* The quiz asks for the two orders' P(positive): it comes before the paragraph and table that give them. */}
            <PredictThenTry
              language={language}
              {...t.exercise}
              explanation={explainEach(orders, t.exercise.explanation)}
            />
            {tutorialOrder && (
              <>
                <p data-testid="order-claim">{t.order(tutorialOrder)}</p>
                <OrderTable language={language} head={t.orderHead} readings={[tutorialOrder, boxOrder]} />
              </>
            )}
            <h2>{t.insideTitle}</h2>
            <p>{t.inside}</p>
            <LstmInside language={language} />
            <p>{t.occlusion}</p>
            <WordOcclusion
              language={language}
              initialText="The first hour is slow and boring, but the ending is wonderful and I loved it."
            />
          </>
        );
      }}
    </LearnArticle>
  );
}
