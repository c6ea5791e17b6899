import { formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import {
  AblationTable,
  AccuracyTable,
  BehaviourTable,
  ComparisonTable,
  contenders,
  embeddingSize,
  modelName,
  UnsureBandSummary,
} from "../../../model-card/model-comparison-tables";
import { Callout } from "../../callout";
import { LearnArticle } from "../../learn-article";
import { readModelMetadata } from "../../shipped-models";
import { en } from "./en";
import { zh } from "./zh";

export default async function TutorialRecipePage({ language }: { language: Language }) {
  const box = await readModelMetadata("default");
  return (
    <LearnArticle language={language} slug="tutorial-recipe">
      {(tutorial) => <RecipeComparison language={language} tutorial={tutorial} box={box} />}
    </LearnArticle>
  );
}

function RecipeComparison({
  language,
  tutorial,
  box,
}: {
  language: Language;
  tutorial: ModelMetadata;
  box: ModelMetadata | null;
}) {
  const t = { en, zh }[language];
  const models = [
    { name: modelName("tutorial", language), metadata: tutorial },
    ...(box ? [{ name: modelName("default", language), metadata: box }] : []),
  ];
  const compared = contenders(models);
  const recipe = (m: ModelMetadata) => [
    formatInteger(m.model.numWords, language),
    embeddingSize(m, language),
    m.model.lstmUnits,
    m.model.maxLen,
    m.model.maskZero ? t.yes : t.no,
    m.preprocessing.markNegation ? t.yes : t.no,
    m.training.epochs,
    formatInteger(m.training.trainExamples, language),
  ];
  return (
    <>
      <p>{t.intro}</p>
      {!box && (
        <Callout kind="warning">
          <p>{t.missingModel}</p>
        </Callout>
      )}
      <h2>{t.recipeTitle}</h2>
      <p>{t.recipeIntro}</p>
      <ComparisonTable
        head={t.recipeHead.slice(0, models.length + 1)}
        rows={t.recipeRows.map((row, i) => [row, ...models.map(({ metadata }) => recipe(metadata)[i])])}
        testId="recipe"
      />
      <h2>{t.lengthTitle}</h2>
      <p>{t.lengthIntro}</p>
      <AccuracyTable rows={compared} language={language} />
      <h2>{t.behaviourTitle}</h2>
      <p>{t.behaviourIntro}</p>
      <BehaviourTable columns={compared} language={language} />
      <h2>{t.ablationTitle}</h2>
      <p>{t.ablationIntro}</p>
      {box?.ablation?.length ? (
        <>
          <AblationTable rows={box.ablation} language={language} />
          <p>{t.ablationBehaviour}</p>
          <BehaviourTable
            columns={box.ablation.map((row) => ({ name: t.step(row.step), behaviour: row.behaviour }))}
            language={language}
            testId="ablation-behaviour"
          />
        </>
      ) : (
        <Callout kind="warning">
          <p>{t.noAblation}</p>
        </Callout>
      )}
      <h2>{t.phrasesTitle}</h2>
      <p>{t.phrasesIntro}</p>
      {box?.phraseCounts?.length ? (
        <ComparisonTable
          head={t.phrasesHead}
          rows={box.phraseCounts.map((c) => [
            <span key="phrase" lang="en">
              {c.phrase}
            </span>,
            formatInteger(c.negative, language),
            formatInteger(c.positive, language),
            c.negative + c.positive > 0 ? formatPercent(c.positive / (c.negative + c.positive), 0, language) : "—",
          ])}
          testId="phrase-counts"
        />
      ) : (
        <Callout kind="warning">
          <p>{t.noPhrases}</p>
        </Callout>
      )}
      <h2>{t.bandTitle}</h2>
      <UnsureBandSummary box={box} language={language} />
    </>
  );
}
