import type { Language } from "@/lib/site";
import { readEachModel } from "../../build-predictor";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { Equation, Frac } from "../../equation";
import { equationLabels } from "../../equation-labels";
import { explainEach, repetitionReading } from "../../exercise-readings";
import { LearnArticle } from "../../learn-article";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { SigmoidDial } from "../../widgets/sigmoid-dial";
import { en } from "./en";
import { zh } from "./zh";

export default async function SigmoidOutputPage({ language }: { language: Language }) {
  const readings = await readEachModel(repetitionReading);
  return (
    <LearnArticle language={language} slug="sigmoid-output">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.neuronTitle}</h2>
            <p>{t.neuron}</p>
            <Equation label={equationLabels(language).neuron}>
              <span className="block">
                <var>z</var> = <var>h</var>
                <sub>1</sub>
                <var>w</var>
                <sub>1</sub> + … + <var>h</var>
                <sub>{m.model.lstmUnits}</sub>
                <var>w</var>
                <sub>{m.model.lstmUnits}</sub> + <var>b</var>
              </span>
              <span className="block">
                <var>p</var> = σ(<var>z</var>) ={" "}
                <Frac
                  top="1"
                  bottom={
                    <>
                      1 + <var>e</var>
                      <sup>
                        −<var>z</var>
                      </sup>
                    </>
                  }
                />
              </span>
            </Equation>
            <p>{t.reading}</p>
            <SigmoidDial language={language} />
            <PredictThenTry
              language={language}
              {...t.exercise}
              explanation={explainEach(readings, t.exercise.explanation)}
            />
            <h2>{t.whyOneTitle}</h2>
            <p>{t.whyOne}</p>
            <h2>{t.anyTitle}</h2>
            <p>{t.any}</p>
            <h2>{t.codeTitle}</h2>
            <CodeCompare
              language={language}
              keras="model.add(Dense(1, activation='sigmoid'))"
              file="scripts/lib/model.ts"
              from="tf.layers.dense({"
              to="});"
            />
            <CodeCompare
              language={language}
              file="lib/predictor.ts"
              from="private logitOf(hiddenState: Float64Array): number {"
              to="}"
            />
            <CodeCompare
              language={language}
              file="lib/predictor.ts"
              from="const logit = this.logitOf(state.hiddenState);"
              to="return { opinions, logit, probability: sigmoid(logit) };"
            />
            <Callout>
              <p>{t.threshold}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
