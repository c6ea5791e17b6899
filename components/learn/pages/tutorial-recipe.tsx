import { formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { LearnArticle } from "../learn-article";
import {
  AblationTable,
  AccuracyTable,
  BehaviourTable,
  ComparisonTable,
  contenders,
  modelName,
  UnsureBand,
} from "../model-comparison-tables";
import { readModelMetadata } from "../model-metadata";

const en = {
  intro: (
    <>
      The tutorial&apos;s recipe is measured on IMDB&apos;s test reviews, and most of those run to hundreds of words.
      People type a line into a box. This page compares, on the same held-out data, the tutorial&apos;s model, the model
      the box runs (same family: an embedding, one LSTM, one sigmoid neuron, with a different recipe) and a Naive Bayes
      baseline trained on the same training reviews. Every number below is read from the models&apos; metadata.json.
    </>
  ),
  missingModel: (
    <>
      The box&apos;s model (<code>public/models/default/</code>) is not in this build, so only the tutorial&apos;s
      numbers can be shown. Train it with <code>npm run train -- --recipe default</code> and rebuild the site.
    </>
  ),
  recipeTitle: "Two recipes",
  recipeIntro: (
    <>
      A larger vocabulary leaves fewer words unknown (out of vocabulary, index 2); negation marking gives &ldquo;not
      good&rdquo; a token of its own; masking lets the padding leave the LSTM&apos;s memory untouched.
    </>
  ),
  recipeHead: ["", "The tutorial’s model", "The box’s model"],
  recipeRows: [
    "Vocabulary (indices, with 0–3 reserved)",
    "Embedding size",
    "LSTM units",
    "Tokens read (maxLen)",
    "Padding masked",
    "Negation marking (“not good” → not_good)",
    "Epochs kept",
    "Training examples",
  ],
  yes: "yes",
  no: "no",
  lengthTitle: "Short reviews versus long ones",
  lengthIntro: (
    <>
      Accuracy on IMDB&apos;s test reviews (read once, at the end) and on the short-review validation set: one- to
      three-sentence spans cut from validation reviews, never from test reviews.
    </>
  ),
  behaviourTitle: "Behaviour: what each one gets right",
  behaviourIntro: (
    <>
      A suite of templated cases (in the spirit of CheckList, Ribeiro et al. 2020), grouped by capability: short
      phrases, negations, contrast with &ldquo;but&rdquo;, intensifiers, and text with no opinion (which passes when the
      verdict is &ldquo;unsure&rdquo;). Each cell is the share of cases passed.
    </>
  ),
  ablationTitle: "What each recipe change bought",
  ablationIntro: (
    <>
      The box&apos;s recipe was chosen on validation data only (a split of the training reviews). Each step adds one
      change to the step before it, or to the step it names; every step is a full training run on the same 22,500
      training reviews, measured on the 2,500 validation reviews and on the short-review validation set.
    </>
  ),
  ablationBehaviour: "The behaviour suite for each step:",
  step: (n: number) => `step ${n}`,
  noAblation: <>The box&apos;s model records no ablation yet.</>,
  phrasesTitle: "Why negation stays hard",
  phrasesIntro: (
    <>
      A model trained on IMDB learns only from whole-review labels. The table counts, among the training reviews of the
      box&apos;s model, those that contain each phrase, by label. Where the positive share is below 50%, the labels
      teach that the phrase goes with negative reviews, whatever it means by itself: a reviewer may write &ldquo;the
      acting was not bad&rdquo; in a review that pans the film. Negation marking gives the phrase its own token, but the
      token can only learn what the labels say. Count any phrase with{" "}
      <code>npm run phrases -- --phrases &quot;not bad,not great&quot;</code>.
    </>
  ),
  phrasesHead: ["Phrase", "Negative reviews", "Positive reviews", "Positive share"],
  noPhrases: <>The box&apos;s model records no phrase counts yet.</>,
  bandTitle: "Saying “unsure”",
};

const zh: typeof en = {
  intro: (
    <>
      教程的做法是在 IMDB
      的测试影评上衡量的，而那些影评大多有几百个词；人们在框里往往只写一行。本页在同样的留出数据上比较三者：教程的模型、本站影评框用的模型（同一类网络：一个词嵌入层、一个
      LSTM、一个 sigmoid 神经元，只是训练做法不同），以及用同样的训练影评训练的朴素贝叶斯（Naive
      Bayes）基线。三者做的是同一个二分类：正面还是负面。下面每个数字都读自模型的 metadata.json。
    </>
  ),
  missingModel: (
    <>
      这次构建里没有本站的模型（<code>public/models/default/</code>），所以只能显示教程模型的数字。请运行{" "}
      <code>npm run train -- --recipe default</code> 训练它，再重新构建网站。
    </>
  ),
  recipeTitle: "两种做法",
  recipeIntro: (
    <>词汇表越大，未登录词（OOV，索引 2）越少；否定标记让“not good”有自己的词元；掩码让填充不改动 LSTM 的记忆。</>
  ),
  recipeHead: ["", "教程的模型", "本站的模型"],
  recipeRows: [
    "词汇表（索引数，0–3 保留）",
    "词嵌入维度",
    "LSTM 单元数",
    "读入的词元数（maxLen）",
    "填充掩码（mask）",
    "否定标记（“not good” → not_good）",
    "保留的轮次",
    "训练样本数",
  ],
  yes: "是",
  no: "否",
  lengthTitle: "短影评与长影评",
  lengthIntro: (
    <>
      在 IMDB
      的测试影评上（只在最后读一次）和在短影评验证集上的准确率。短影评验证集是从验证影评里截出的一到三句话，从不取自测试影评。
    </>
  ),
  behaviourTitle: "行为测试：各自答对了什么",
  behaviourIntro: (
    <>
      一组按模板生成的用例（仿照 CheckList，Ribeiro
      等，2020），按能力分组：短语、否定、“but”转折、程度副词，以及不带观点的文字（判断为“拿不准”才算通过）。每格是通过的比例。
    </>
  ),
  ablationTitle: "每项改动带来了什么",
  ablationIntro: (
    <>
      本站模型的做法只在验证数据（从训练影评中划出的一部分）上选定。每一步在上一步（或它点名的那一步）的基础上改动一项；每一步都是在同样的
      22,500 条训练影评上完整训练一次，再在 2,500 条验证影评和短影评验证集上衡量。
    </>
  ),
  ablationBehaviour: "每一步的行为测试结果：",
  step: (n: number) => `第 ${n} 步`,
  noAblation: <>本站的模型还没有记录消融结果。</>,
  phrasesTitle: "为什么否定仍然难",
  phrasesIntro: (
    <>
      在 IMDB
      上训练的模型只能从整条影评的标签里学习。下表统计本站模型的训练影评中，含有每个短语的影评各有多少条是负面、多少条是正面。正面占比低于
      50%
      时，标签教给模型的是：这个短语常出现在负面影评里——不管它本身是什么意思。比如影评者可能会在一条批评电影的影评里写“the
      acting was not bad”。否定标记让短语有了自己的词元，但这个词元也只能学到标签所说的东西。任何短语都可以用{" "}
      <code>npm run phrases -- --phrases &quot;not bad,not great&quot;</code> 来数。
    </>
  ),
  phrasesHead: ["短语", "负面影评数", "正面影评数", "正面占比"],
  noPhrases: <>本站的模型还没有记录短语统计。</>,
  bandTitle: "说“拿不准”",
};

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
    m.model.embeddingDim,
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
            columns={box.ablation.map((row, i) => ({ name: t.step(row.step ?? i + 1), behaviour: row.behaviour }))}
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
            c.phrase,
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
      <UnsureBand box={box} language={language} />
    </>
  );
}
