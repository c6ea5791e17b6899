import type { Language } from "@/lib/site";
import { Callout } from "../../course/callout";
import { CodeBlock, CodeCompare } from "../../course/code-compare";
import { Figure } from "../../course/figure";
import { LearnArticle } from "../../course/learn-article";
import { TableOfContents } from "../../course/table-of-contents";
import { EegDemoResults } from "../demo-results";
import { EeglabSampleResults } from "../eeglab-sample-results";
import { RealEegResults } from "../real-eeg-results";
import { EEG_MODEL, TEXT_MODEL } from "./copy";
import { en } from "./en";
import { zh } from "./zh";

/** The page's sections, in order: each is a heading's id and names its title in the copy (`keepTitle`…). */
const SECTIONS = [
  "keep",
  "embed",
  "clean",
  "shape",
  "markers",
  "code",
  "demo",
  "real",
  "eeglab",
  "paper",
  "questions",
] as const;

export default function YourOwnSequencesPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="your-own-sequences">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <TableOfContents language={language} entries={SECTIONS.map((id) => ({ id, title: t[`${id}Title`] }))} />
            <h2 id="keep">{t.keepTitle}</h2>
            <ul>
              {t.keep.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2 id="embed">{t.embedTitle}</h2>
            <p>{t.embed}</p>
            <Figure caption={t.sideBySide}>
              <div className="grid gap-3 lg:-mx-32 lg:grid-cols-2">
                <CodeBlock label={t.text} code={TEXT_MODEL} lang="python" />
                <CodeBlock label={t.eeg} code={EEG_MODEL} lang="python" />
              </div>
            </Figure>
            <CodeCompare
              language={language}
              keras={"model.add(keras.Input(shape=(time_steps, channels)))\nmodel.add(LSTM(100))"}
              file="scripts/lib/eeg/model.ts"
              from="export function buildSequenceModel("
              to="return model;"
            />
            <h2 id="clean">{t.cleanTitle}</h2>
            <ul>
              {t.clean.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2 id="shape">{t.shapeTitle}</h2>
            <ul>
              {t.shape.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2 id="markers">{t.markersTitle}</h2>
            <ul>
              {t.markers.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2 id="code">{t.codeTitle}</h2>
            <p>{t.code}</p>
            <CodeCompare
              language={language}
              file="scripts/lib/eeg/preprocessing.ts"
              from="let result = mapChannels("
              to="return result.filter("
            />
            <CodeCompare
              language={language}
              file="scripts/lib/eeg/experiment.ts"
              from="const normalization = channelStatistics("
              to="const baselineProbabilities = predictLogistic("
            />
            <h2 id="demo">{t.demoTitle}</h2>
            <EegDemoResults language={language} />
            <h2 id="real">{t.realTitle}</h2>
            <RealEegResults language={language} />
            <h2 id="eeglab">{t.eeglabTitle}</h2>
            <EeglabSampleResults language={language} />
            <h2 id="paper">{t.paperTitle}</h2>
            <ul>
              {t.paper.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2 id="questions">{t.questionsTitle}</h2>
            <dl>
              {t.questions.map(([question, answer], i) => (
                <div key={i}>
                  <dt>
                    <strong>{question}</strong>
                  </dt>
                  <dd>{answer}</dd>
                </div>
              ))}
            </dl>
            <Callout kind="warning">
              <p>{t.caution}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
