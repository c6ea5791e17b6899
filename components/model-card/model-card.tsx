import type { Metadata } from "next";
import { formatInteger, formatNumber, formatPercent } from "@/lib/format";
import { fileName } from "@/lib/imdb-source";
import type { ModelMetadata } from "@/lib/metadata";
import type { ModelName } from "@/lib/model-hosting";
import type { Language } from "@/lib/site";
import styles from "../course/article.module.css";
import { DatasetSource } from "../course/dataset-source";
import { ModelMissing } from "../course/model-missing";
import { readModelMetadata } from "../course/shipped-models";
import { MeasuredSpeed, speedTitle } from "./measured-speed";
import { ModelCardSection, type Pairs, PairsTable } from "./model-card-section";
import { AccuracyTable, BehaviourTable, contenders, modelName, UnsureBandSummary } from "./model-comparison-tables";
import { TreebankData } from "./treebank-data";

const TITLE = { en: "Model card", zh: "模型卡片" };
const DESCRIPTION = {
  en: "The two trained IMDB LSTMs, the box’s and the tutorial’s: architecture, training settings and curves, test results, short reviews and behaviour beside a Naive Bayes baseline, data and the commands to reproduce them.",
  zh: "训练好的两个 IMDB LSTM（输入框的和教程的）：结构、训练设置与曲线、测试结果、短影评与行为测试（与朴素贝叶斯基线并列）、数据，以及复现它们的命令。",
};

/** Title and description of the model card. */
export function modelCardMetadata(language: Language): Metadata {
  return { title: TITLE[language], description: DESCRIPTION[language] };
}

/** The box's model first: it is the one a reader of the card has just used. */
const MODELS: ModelName[] = ["default", "tutorial"];

/** The 8-bit sentence's numbers, formatted. */
interface QuantizationText {
  name: string;
  quantized: string;
  float: string;
  points: string;
  flipped: string;
  examples: string;
  share: string;
}

const en = {
  contents: "On this page",
  behaviourTitle: "Short reviews and behaviour",
  behaviourIntro: (
    <>
      Both models beside a Naive Bayes baseline (binarized, unigrams and bigrams) trained on the same training reviews:
      accuracy on IMDB&apos;s test reviews, read once after training, and on short-review validation spans cut from
      validation reviews, never from test reviews; then the behaviour suite, templated cases by capability, each cell
      the cases passed.
    </>
  ),
  quantization: (q: QuantizationText) => (
    <>
      {q.name}, 8-bit weights: test accuracy {q.quantized}, against {q.float} for the same weights in float32 (
      {q.points} points); {q.flipped} of {q.examples} test verdicts ({q.share}) changed.
    </>
  ),
  dataTitle: "Data",
  models: "Models",
  data: (d: ModelMetadata["dataset"]): Pairs => [
    ["Dataset", d.name],
    ["File", <code key="file">{fileName(d.source)}</code>],
    ["SHA-256", <code key="sha">{d.sha256 ?? "not recorded (a folder)"}</code>],
  ],
  citation:
    "Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng and Christopher Potts. 2011. Learning Word Vectors for Sentiment Analysis. ACL-HLT 2011.",
  same: "The same seed, data, backend and machine type give the same weights; another backend gives slightly different ones (see the random seed page).",
};

const zh: typeof en = {
  contents: "本页内容",
  behaviourTitle: "短影评与行为测试",
  behaviourIntro: (
    <>
      两个模型与朴素贝叶斯（Naive Bayes）基线（二值化，一元和二元词组，用同样的训练影评训练）并列：在 IMDB
      测试影评上（训练后只读一次）和在短影评验证集上（从验证影评里截出的短片段，从不取自测试影评）的准确率；然后是行为测试，按能力分组的模板用例，每格是通过的用例数。
    </>
  ),
  quantization: (q) => (
    <>
      {q.name}，8 位权重：测试集准确率 {q.quantized}，同一组权重用 float32 时为 {q.float}（相差 {q.points} 个百分点）；
      {q.examples} 条测试影评中有 {q.flipped} 条（{q.share}）的判断因此改变。
    </>
  ),
  dataTitle: "数据",
  models: "模型",
  data: (d) => [
    ["数据集", d.name],
    ["文件", <code key="file">{fileName(d.source)}</code>],
    ["SHA-256", <code key="sha">{d.sha256 ?? "未记录（这是一个文件夹）"}</code>],
  ],
  citation: en.citation,
  same: "相同的种子、数据、后端和机器类型会得到相同的权重；换一个后端，权重会略有不同（见“随机种子”一课）。",
};

export default async function ModelCardPage({ language }: { language: Language }) {
  const models = await Promise.all(MODELS.map(async (name) => ({ name, m: await readModelMetadata(name) })));
  return (
    <main className={styles.article}>
      <h1>{TITLE[language]}</h1>
      <p className={styles.lead}>{DESCRIPTION[language]}</p>
      {models.some(({ m }) => m) ? (
        <ModelCardBody models={models} language={language} />
      ) : (
        <ModelMissing language={language} />
      )}
    </main>
  );
}

function ModelCardBody({
  models,
  language,
}: {
  models: { name: ModelName; m: ModelMetadata | null }[];
  language: Language;
}) {
  const t = { en, zh }[language];
  const present = models.flatMap(({ name, m }) => (m ? [{ name: modelName(name, language), metadata: m }] : []));
  // Both models normally train on the same file; if not, each file is shown with the models that used it.
  const datasets = new Map<string, { dataset: ModelMetadata["dataset"]; names: string[] }>();
  for (const { name, metadata } of present) {
    const key = JSON.stringify(metadata.dataset);
    const entry = datasets.get(key) ?? { dataset: metadata.dataset, names: [] };
    datasets.set(key, { ...entry, names: [...entry.names, name] });
  }
  // The box's model is the one that may train on the treebank's phrases.
  const treebankModel = present.find(({ metadata }) => metadata.treebank);
  const contents = [
    ...models.map(({ name }) => [`model-${name}`, `${modelName(name, language)} (${name})`]),
    ["behaviour", t.behaviourTitle],
    ["data", t.dataTitle],
    ["speed", speedTitle(language)],
  ];
  return (
    <>
      <nav aria-label={t.contents}>
        <ul>
          {contents.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {models.map(({ name, m }) => (
        <ModelCardSection key={name} name={name} m={m} language={language} />
      ))}
      <h2 id="behaviour">{t.behaviourTitle}</h2>
      <p>{t.behaviourIntro}</p>
      <AccuracyTable rows={contenders(present)} language={language} />
      <BehaviourTable columns={contenders(present)} language={language} />
      <UnsureBandSummary box={models.find(({ name }) => name === "default")?.m} language={language} />
      {present.map(({ name, metadata }) => (
        <QuantizationEffect key={name} name={name} evaluation={metadata.evaluation} language={language} />
      ))}
      <h2 id="data">{t.dataTitle}</h2>
      {[...datasets].map(([key, { dataset, names }]) => {
        const used: Pairs = datasets.size > 1 ? [[t.models, names.join(", ")]] : [];
        return (
          <div key={key}>
            <PairsTable pairs={[...used, ...t.data(dataset)]} />
            <p>
              <DatasetSource dataset={dataset} language={language} />
            </p>
          </div>
        );
      })}
      <p className="text-sm text-zinc-600">{t.citation}</p>
      {treebankModel?.metadata.treebank && (
        <TreebankData
          treebank={treebankModel.metadata.treebank}
          metadata={treebankModel.metadata}
          names={[treebankModel.name]}
          language={language}
        />
      )}
      <p>{t.same}</p>
      <MeasuredSpeed language={language} />
    </>
  );
}

/** What storing the weights in 8 bits changed on the test reviews; nothing for a float32 model. */
function QuantizationEffect({
  name,
  evaluation,
  language,
}: {
  name: string;
  evaluation: ModelMetadata["evaluation"];
  language: Language;
}) {
  const q = evaluation?.quantization;
  if (!evaluation || !q) return null;
  const points = (evaluation.accuracy - q.floatAccuracy) * 100;
  return (
    <p data-testid="quantization">
      {{ en, zh }[language].quantization({
        name,
        quantized: formatPercent(evaluation.accuracy, 2, language),
        float: formatPercent(q.floatAccuracy, 2, language),
        points: formatNumber(points, language, { signDisplay: "always", minimumFractionDigits: 2 }),
        flipped: formatInteger(q.flippedVerdicts, language),
        examples: formatInteger(q.examples, language),
        share: formatPercent(q.flippedVerdicts / q.examples, 2, language),
      })}
    </p>
  );
}
