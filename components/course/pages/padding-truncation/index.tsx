import { padSequence } from "@/lib/padding";
import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable, mono } from "../../data-table";
import { LearnArticle } from "../../learn-article";
import { PaddingViewer } from "../../widgets/padding-viewer";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { KERAS, LONG, OPTIONS, SHORT } from "./copy";
import { en } from "./en";
import { zh } from "./zh";

export default function PaddingTruncationPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="padding-truncation">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <h2>{t.whereTitle}</h2>
            <p>{t.where}</p>
            <CodeCompare
              language={language}
              keras={KERAS}
              file="lib/encode.ts"
              from="export function modelInput("
              to="}"
            />
            <CodeCompare language={language} file="lib/padding.ts" from="export function padSequence(" to="}" />
            <h2>{t.sidesTitle}</h2>
            <p>{t.sides}</p>
            <DataTable
              testId="padding-examples"
              head={t.head}
              rows={OPTIONS.map(({ padding, truncating }) => ({
                key: padding,
                cells: [
                  <code key="options">
                    padding=&apos;{padding}&apos;, truncating=&apos;{truncating}&apos;
                  </code>,
                  ...[SHORT, LONG].map((sequence) =>
                    mono(`[${padSequence(sequence, { maxLen: 3, padding, truncating }).join(", ")}]`, true),
                  ),
                ],
              }))}
            />
            <p>{t.whyPre}</p>
            <p>{t.zeros}</p>
            <PredictThenTry language={language} {...t.exercise} />
            <PaddingViewer language={language} />
            <Callout>
              <p>{t.shared}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
