import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { Equation, Frac } from "../../equation";
import { equationLabels } from "../../equation-labels";
import { LearnArticle } from "../../learn-article";
import { EmbeddingExplorer } from "../../widgets/embedding-explorer";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { en } from "./en";
import { zh } from "./zh";

export default function WordEmbeddingsPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="word-embeddings">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <h2>{t.domainTitle}</h2>
            <p>{t.domain}</p>
            <Equation label={equationLabels(language).embeddingRow(m.model.embeddingDim)}>
              <var>i</var> ↦ <var>E</var>
              <sub>
                <var>i</var>
              </sub>{" "}
              = (<var>e</var>
              <sub>1</sub>, <var>e</var>
              <sub>2</sub>, …, <var>e</var>
              <sub>{m.model.embeddingDim}</sub>) ∈ ℝ<sup>{m.model.embeddingDim}</sup>
            </Equation>
            <h2>{t.tableTitle}</h2>
            <p>{t.table}</p>
            <CodeCompare
              language={language}
              keras="model.add(Embedding(top_words, embedding_vecor_length, input_length=max_review_length))"
              file="scripts/lib/model.ts"
              from="tf.layers.embedding({"
              to="}),"
            />
            <p>{t.shapes}</p>
            <Callout kind="warning">
              <p>{t.keras3}</p>
            </Callout>
            <p>{t.learned}</p>
            <CodeCompare
              language={language}
              file="lib/predictor.ts"
              from="wordVector(index: number): Float32Array {"
              to="}"
            />
            <p>{t.cosine}</p>
            <Equation label={equationLabels(language).cosine}>
              cos(<var>a</var>, <var>b</var>) ={" "}
              <Frac
                top={
                  <>
                    <var>a</var> · <var>b</var>
                  </>
                }
                bottom={
                  <>
                    ‖<var>a</var>‖ ‖<var>b</var>‖
                  </>
                }
              />
            </Equation>
            <EmbeddingExplorer language={language} />
            <PredictThenTry language={language} {...t.exercise} />
            <Callout>
              <p>{t.caveat}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
