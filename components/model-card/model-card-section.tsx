import Link from "next/link";
import type { ReactNode } from "react";
import { formatDuration, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { ModelName } from "@/lib/model-hosting";
import { type Language, localePath } from "@/lib/site";
import { evaluateCommand, trainCommand } from "@/lib/training-command";
import { Callout } from "../course/callout";
import { EvaluationResults } from "../course/evaluation-results";
import { TrainingCurves } from "../course/training-curves";
import { ScrollRegion } from "../scroll-region";
import { ArchitectureTable } from "./architecture-table";
import { embeddingSize, modelName } from "./model-comparison-tables";
import { ValidationSetsTable } from "./validation-sets-table";

/** Label and value rows of a two-column table. */
export type Pairs = [label: string, value: ReactNode][];

const en = {
  purpose: {
    default: (m: ModelMetadata | null) => (
      <>
        This is the model the review box runs: the tutorial&apos;s family with a recipe chosen on validation data only
        (a split of the training reviews{m?.treebank ? ", and the Stanford Sentiment Treebank’s dev sentences" : ""}).
      </>
    ),
    tutorial: () => (
      <>
        This is the Keras IMDB tutorial&apos;s model: the same architecture and training recipe, kept reproducible
        because the <Link href={localePath("en", "/learn")}>course</Link> explains it. It reads the raw reviews with
        this project&apos;s own tokenizer and vocabulary instead of Keras&apos;s pre-tokenized dataset, so its figures
        differ a little from a Keras run&apos;s.
      </>
    ),
  },
  what: (m: ModelMetadata) => (
    <>
      It reads an English movie review and gives the probability that it is positive: Embedding → LSTM → Dense(1,
      sigmoid), trained with TensorFlow.js. It knows only the{" "}
      {formatInteger(m.model.numWords - m.preprocessing.firstWordIndex, "en")} most frequent words of its training{" "}
      {m.treebank ? "texts" : "reviews"}, reads at most {m.model.maxLen} tokens, and has learned the tastes and habits
      of IMDB reviewers{m.treebank ? " and of the treebank’s Rotten Tomatoes critics" : ""}, not a general sense of
      opinion.
    </>
  ),
  sections: {
    architecture: "Architecture",
    settings: "Training settings",
    curves: "Training curves",
    results: "Test results",
    run: "This run",
    reproduce: "Reproduce or retrain",
  },
  settings: (m: ModelMetadata): Pairs => [
    ["Epochs kept", m.training.epochs],
    ["Batch size", m.training.batchSize],
    ["Optimizer", `Adam, learning rate ${m.training.learningRate}`],
    ["Loss", m.training.loss],
    ["Seed", m.training.seed],
    ["Validation split", m.training.validationSplit],
    [
      "Training examples",
      trainingExamples(m, "en", (reviews, spans, phrases, neutral) =>
        [
          `${reviews} reviews`,
          spans && `${spans} short spans cut from them`,
          phrases && `${phrases} labelled phrases of the Stanford Sentiment Treebank’s train split`,
          neutral && `${neutral} of its neutral phrases, trained towards 0.5 (“no opinion”)`,
        ]
          .filter(Boolean)
          .join(" + "),
      ),
    ],
    ...(m.training.dropout ? [["Dropout on the LSTM's inputs", m.training.dropout] as [string, number]] : []),
    ["Vocabulary (num_words)", formatInteger(m.model.numWords, "en")],
    ["Embedding size", embeddingSize(m, "en")],
    ["LSTM units", m.model.lstmUnits],
    ["Sequence length (maxlen)", m.model.maxLen],
    ["Padding / truncating", `${m.preprocessing.padding} / ${m.preprocessing.truncating}`],
    ["Padding masked (mask_zero)", m.model.maskZero ? "yes" : "no"],
    ["Negation marking (“not good” → not_good)", m.preprocessing.markNegation ? "yes" : "no"],
    ...(m.evaluation?.quantization ? ([["Weights", "8-bit (tfjs uint8 quantization)"]] as Pairs) : []),
    ["Tokenizer version", m.preprocessing.tokenizerVersion],
  ],
  notEvaluated: (m: ModelMetadata) => (
    <>
      Not evaluated yet: run <code>{evaluateCommand(m)}</code>.
    </>
  ),
  run: (m: ModelMetadata): Pairs => [
    ["Backend", m.backend],
    ["Training time", formatDuration(m.trainingSeconds, "en")],
    ["TensorFlow.js", m.tfjsVersion],
    ["Created", m.createdAt],
  ],
  steps: [
    "Install the exact dependencies:",
    "Train with this model's settings (it evaluates on the test reviews and writes public/models/<recipe>/). Without --data it downloads the official IMDB tarball; add --data PATH to use a local copy, and compare its SHA-256 with the one under Data:",
    "Evaluate a saved model again, storing the results in its reading.json and card.json:",
    "Retrain and publish to Vercel Blob in one step (docs/retrain-and-redeploy.md); it takes the same flags:",
  ],
  missing: (command: string) => (
    <>
      This model is not in this build. Train it with <code>{command}</code> and build the site again.
    </>
  ),
};

const zh: typeof en = {
  purpose: {
    default: (m) => (
      <>
        这是影评输入框运行的模型：与教程同一类网络，训练配方只在验证数据（从训练影评中划出的一部分
        {m?.treebank ? "，以及斯坦福情感树库的开发集句子" : ""}）上选定。
      </>
    ),
    tutorial: () => (
      <>
        这是 Keras IMDB 教程里的模型：结构和训练配方与教程相同，保留下来、可以复现，因为
        <Link href={localePath("zh", "/learn")}>课程</Link>
        讲解的正是它。它用本项目自己的分词器和词汇表读取原始影评，而不是 Keras 预先分好词的数据集，所以它的数字和 Keras
        跑出来的略有不同。
      </>
    ),
  },
  what: (m) => (
    <>
      它读一条英文影评，给出它是正面影评的概率：词嵌入层 → LSTM → Dense(1, sigmoid)，用 TensorFlow.js
      训练而成。它只认识训练影评里最常见的 {formatInteger(m.model.numWords - m.preprocessing.firstWordIndex, "zh")}{" "}
      个词，最多读 {m.model.maxLen} 个词元，学到的是 IMDB 影评者
      {m.treebank ? "以及情感树库中烂番茄影评人" : ""}的口味和习惯，而不是对观点的普遍理解。
    </>
  ),
  sections: {
    architecture: "模型结构",
    settings: "训练设置",
    curves: "训练曲线",
    results: "测试结果",
    run: "本次训练",
    reproduce: "复现或重新训练",
  },
  settings: (m) => [
    ["保留的轮次（epochs）", m.training.epochs],
    ["批大小（batch size）", m.training.batchSize],
    ["优化器", `Adam，学习率 ${m.training.learningRate}`],
    ["损失函数", m.training.loss],
    ["随机种子", m.training.seed],
    ["验证集比例", m.training.validationSplit],
    [
      "训练样本数",
      trainingExamples(m, "zh", (reviews, spans, phrases, neutral) =>
        [
          `${reviews} 条影评`,
          spans && `从中截出的 ${spans} 个短片段`,
          phrases && `${phrases} 个斯坦福情感树库训练集里带标签的短语`,
          neutral && `${neutral} 个其中的中性短语（训练目标 0.5，即“没有观点”）`,
        ]
          .filter(Boolean)
          .join(" + "),
      ),
    ],
    ...(m.training.dropout ? [["LSTM 输入的 dropout", m.training.dropout] as [string, number]] : []),
    ["词汇表大小（num_words）", formatInteger(m.model.numWords, "zh")],
    ["词嵌入维度", embeddingSize(m, "zh")],
    ["LSTM 单元数", m.model.lstmUnits],
    ["序列长度（maxlen）", m.model.maxLen],
    ["填充 / 截断", `${m.preprocessing.padding} / ${m.preprocessing.truncating}`],
    ["填充掩码（mask_zero）", m.model.maskZero ? "是" : "否"],
    ["否定标记（“not good” → not_good）", m.preprocessing.markNegation ? "是" : "否"],
    ...(m.evaluation?.quantization ? ([["权重", "8 位（tfjs 的 uint8 量化）"]] as Pairs) : []),
    ["分词器版本", m.preprocessing.tokenizerVersion],
  ],
  notEvaluated: (m) => (
    <>
      尚未评估：请运行 <code>{evaluateCommand(m)}</code>。
    </>
  ),
  run: (m) => [
    ["后端", m.backend],
    ["训练用时", formatDuration(m.trainingSeconds, "zh")],
    ["TensorFlow.js", m.tfjsVersion],
    ["生成时间", m.createdAt],
  ],
  steps: [
    "安装锁定版本的依赖：",
    "用这个模型的设置训练（训练后会在测试影评上评估，并写入 public/models/<recipe>/）。不加 --data 时会下载官方的 IMDB 压缩包；用 --data 指定路径即可使用本地副本，并请核对它的 SHA-256 与“数据”一节里的一致：",
    "重新评估已保存的模型，结果写入它的 reading.json 和 card.json：",
    "一步完成重新训练并发布到 Vercel Blob（见 docs/retrain-and-redeploy.md），参数与训练相同：",
  ],
  missing: (command) => (
    <>
      这次构建里没有这个模型。请运行 <code>{command}</code> 训练它，再重新构建网站。
    </>
  ),
};

/**
 * "87,752 (22,500 reviews + 65,252 short spans …)": the total, and its parts when there
 * are several; `parts` gets formatted counts, null for a part the recipe does not use.
 */
function trainingExamples(
  m: ModelMetadata,
  language: Language,
  parts: (reviews: string, spans: string | null, phrases: string | null, neutral: string | null) => string,
): string {
  const { trainExamples, shortSpans = 0, treebankPhrases = 0, neutralPhrases = 0 } = m.training;
  const total = formatInteger(trainExamples, language);
  if (shortSpans === 0 && treebankPhrases === 0 && neutralPhrases === 0) return total;
  const count = (n: number) => (n > 0 ? formatInteger(n, language) : null);
  const listed = parts(
    formatInteger(trainExamples - shortSpans - treebankPhrases - neutralPhrases, language),
    count(shortSpans),
    count(treebankPhrases),
    count(neutralPhrases),
  );
  return language === "en" ? `${total} (${listed})` : `${total}（${listed}）`;
}

/** A two-column table of label/value pairs. */
export function PairsTable({ pairs, testId }: { pairs: Pairs; testId?: string }) {
  return (
    <ScrollRegion>
      <table data-testid={testId}>
        <tbody>
          {pairs.map(([label, value]) => (
            <tr key={label}>
              <th className="w-2/5">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One model's part of the model card: what it is for, how it was made and tested, and how to make it again. */
export function ModelCardSection({
  name,
  m,
  language,
}: {
  name: ModelName;
  m: ModelMetadata | null;
  language: Language;
}) {
  const t = { en, zh }[language];
  const title = modelName(name, language);
  const commands = m ? ["npm ci", trainCommand(m), evaluateCommand(m), trainCommand(m, "retrain")] : [];
  return (
    <section aria-labelledby={`model-${name}`} data-testid={`model-section-${name}`}>
      <h2 id={`model-${name}`}>
        {title} (<code>{name}</code>)
      </h2>
      <p>{t.purpose[name](m)}</p>
      {!m ? (
        <Callout kind="warning">
          <p>{t.missing(trainCommand({ name, backend: "" }))}</p>
        </Callout>
      ) : (
        <>
          <p>{t.what(m)}</p>
          <h3>{t.sections.architecture}</h3>
          <ArchitectureTable config={m.model} language={language} />
          <h3>{t.sections.settings}</h3>
          <PairsTable pairs={t.settings(m)} testId="training-settings" />
          <h3>{t.sections.curves}</h3>
          <TrainingCurves history={m.history} language={language} />
          <ValidationSetsTable history={m.history} epochKept={m.training.epochs} language={language} />
          <h3>{t.sections.results}</h3>
          {m.evaluation ? (
            <EvaluationResults evaluation={m.evaluation} language={language} />
          ) : (
            <p>{t.notEvaluated(m)}</p>
          )}
          <h3>{t.sections.run}</h3>
          <PairsTable pairs={t.run(m)} />
          <h3>{t.sections.reproduce}</h3>
          <ol>
            {commands.map((command, i) => (
              <li key={command}>
                {t.steps[i]}
                <ScrollRegion label={`${title}: ${t.steps[i]}`} className="rounded-lg bg-zinc-900">
                  <pre className="m-0 p-3 whitespace-pre text-zinc-50">
                    <code data-testid="command">{command}</code>
                  </pre>
                </ScrollRegion>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
