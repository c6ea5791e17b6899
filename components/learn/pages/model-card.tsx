import type { Metadata } from "next";
import Link from "next/link";
import { ScrollRegion } from "@/components/scroll-region";
import { formatDuration, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { type Language, localePath } from "@/lib/site";
import { evaluateCommand, trainCommand } from "@/lib/training-command";
import { ArchitectureTable } from "../architecture-table";
import styles from "../article.module.css";
import { EvaluationResults } from "../evaluation-results";
import { readModelMetadata } from "../model-metadata";
import { ModelMissing } from "../model-missing";
import { TrainingCurves } from "../training-curves";

const TITLE = { en: "Model card", zh: "模型卡片" };
const DESCRIPTION = {
  en: "The trained IMDB LSTM: architecture, training settings and curves, test results, data and the commands to reproduce it.",
  zh: "训练好的 IMDB LSTM：结构、训练设置与曲线、测试结果、数据，以及复现它的命令。",
};

/** Title and description of the model card. */
export function modelCardMetadata(language: Language): Metadata {
  return { title: TITLE[language], description: DESCRIPTION[language] };
}

const en = (m: ModelMetadata) => ({
  what: (
    <>
      A sentiment classifier for English movie reviews: it reads a review and gives the probability that it is positive.
      It is the network of the Keras IMDB tutorial, Embedding → LSTM → Dense(1, sigmoid), trained with TensorFlow.js. It
      is made for <Link href={localePath("en", "/learn")}>learning how such a model works</Link>; it knows only the{" "}
      {formatInteger(m.model.numWords - m.preprocessing.firstWordIndex, "en")} most frequent words of its training
      reviews, reads at most the last {m.model.maxLen} tokens, and has learned the tastes and habits of IMDB reviewers,
      not a general sense of opinion.
    </>
  ),
  sections: {
    architecture: "Architecture",
    settings: "Training settings",
    curves: "Training curves",
    results: "Test results",
    data: "Data",
    run: "This run",
    reproduce: "Reproduce or retrain",
  },
  settings: [
    ["Epochs", m.training.epochs],
    ["Batch size", m.training.batchSize],
    ["Optimizer", `Adam, learning rate ${m.training.learningRate}`],
    ["Loss", m.training.loss],
    ["Seed", m.training.seed],
    ["Validation split", m.training.validationSplit],
    ["Training reviews", formatInteger(m.training.trainExamples, "en")],
    ["Vocabulary (num_words)", formatInteger(m.model.numWords, "en")],
    ["Sequence length (maxlen)", m.model.maxLen],
    ["Padding / truncating", `${m.preprocessing.padding} / ${m.preprocessing.truncating}`],
    ["Tokenizer version", m.preprocessing.tokenizerVersion],
  ],
  notEvaluated: (
    <>
      Not evaluated yet: run <code>{evaluateCommand(m)}</code>.
    </>
  ),
  data: [
    ["Dataset", m.dataset.name],
    ["File", m.dataset.source],
    ["SHA-256", m.dataset.sha256 ?? "not recorded"],
  ],
  citation:
    "Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng and Christopher Potts. 2011. Learning Word Vectors for Sentiment Analysis. ACL-HLT 2011.",
  run: [
    ["Backend", m.backend],
    ["Training time", formatDuration(m.trainingSeconds, "en")],
    ["TensorFlow.js", m.tfjsVersion],
    ["Created", m.createdAt],
  ],
  steps: [
    "Install the exact dependencies:",
    "Train with this model's settings (it evaluates on the test reviews and writes public/models/<recipe>/). Without --data it downloads the official IMDB tarball; add --data PATH to use a local copy, and compare its SHA-256 with the one above:",
    "Evaluate a saved model again, storing the results in its metadata.json:",
    "Retrain and publish to Vercel Blob in one step (docs/retrain-and-redeploy.md); it takes the same flags:",
  ],
  same: "The same seed, data, backend and machine type give the same weights; another backend gives slightly different ones (see the random seed page).",
});

const zh: typeof en = (m) => ({
  what: (
    <>
      一个英文影评情感分类器：读一条影评，给出它是正面影评的概率。它就是 Keras IMDB 教程里的网络——词嵌入层 → LSTM →
      Dense(1, sigmoid)——用 TensorFlow.js 训练而成。它的用途是
      <Link href={localePath("zh", "/learn")}>学习这类模型如何工作</Link>：它只认识训练影评里最常见的{" "}
      {formatInteger(m.model.numWords - m.preprocessing.firstWordIndex, "zh")} 个词，最多只读最后 {m.model.maxLen}{" "}
      个词，学到的是 IMDB 影评者的口味和习惯，而不是对观点的普遍理解。
    </>
  ),
  sections: {
    architecture: "模型结构",
    settings: "训练设置",
    curves: "训练曲线",
    results: "测试结果",
    data: "数据",
    run: "本次训练",
    reproduce: "复现或重新训练",
  },
  settings: [
    ["轮数（epochs）", m.training.epochs],
    ["批大小（batch size）", m.training.batchSize],
    ["优化器", `Adam，学习率 ${m.training.learningRate}`],
    ["损失函数", m.training.loss],
    ["随机种子", m.training.seed],
    ["验证集比例", m.training.validationSplit],
    ["训练影评数", formatInteger(m.training.trainExamples, "zh")],
    ["词汇表大小（num_words）", formatInteger(m.model.numWords, "zh")],
    ["序列长度（maxlen）", m.model.maxLen],
    ["填充 / 截断", `${m.preprocessing.padding} / ${m.preprocessing.truncating}`],
    ["分词器版本", m.preprocessing.tokenizerVersion],
  ],
  notEvaluated: (
    <>
      尚未评估：请运行 <code>{evaluateCommand(m)}</code>。
    </>
  ),
  data: [
    ["数据集", m.dataset.name],
    ["文件", m.dataset.source],
    ["SHA-256", m.dataset.sha256 ?? "未记录"],
  ],
  citation:
    "Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng and Christopher Potts. 2011. Learning Word Vectors for Sentiment Analysis. ACL-HLT 2011.",
  run: [
    ["后端", m.backend],
    ["训练用时", formatDuration(m.trainingSeconds, "zh")],
    ["TensorFlow.js", m.tfjsVersion],
    ["生成时间", m.createdAt],
  ],
  steps: [
    "安装锁定版本的依赖：",
    "用这个模型的设置训练（训练后会在测试影评上评估，并写入 public/models/<recipe>/）。不加 --data 时会下载官方的 IMDB 压缩包；加上 --data 路径 可使用本地副本，并请核对它的 SHA-256 与上面的一致：",
    "重新评估已保存的模型，结果写入它的 metadata.json：",
    "一步完成重新训练并发布到 Vercel Blob（见 docs/retrain-and-redeploy.md），参数与训练相同：",
  ],
  same: "相同的种子、数据、后端和机器类型会得到相同的权重；换一个后端，权重会略有不同（见“随机种子”一课）。",
});

export default async function ModelCardPage({ language }: { language: Language }) {
  const m = await readModelMetadata();
  return (
    <main className={styles.article}>
      <h1>{TITLE[language]}</h1>
      <p className={styles.lead}>{DESCRIPTION[language]}</p>
      {m ? <ModelCardBody m={m} language={language} /> : <ModelMissing language={language} />}
    </main>
  );
}

function ModelCardBody({ m, language }: { m: ModelMetadata; language: Language }) {
  const t = { en, zh }[language](m);
  const commands = ["npm ci", trainCommand(m), evaluateCommand(m), trainCommand(m, "retrain")];
  const rows = (pairs: (string | number)[][], testId?: string) => (
    <div className="overflow-x-auto">
      <table data-testid={testId}>
        <tbody>
          {pairs.map(([label, value]) => (
            <tr key={label}>
              <th className="w-2/5">{label}</th>
              <td className="break-all">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <p>{t.what}</p>
      <h2>{t.sections.architecture}</h2>
      <ArchitectureTable config={m.model} language={language} />
      <h2>{t.sections.settings}</h2>
      {rows(t.settings, "training-settings")}
      <h2>{t.sections.curves}</h2>
      <TrainingCurves history={m.history} language={language} />
      <h2>{t.sections.results}</h2>
      {m.evaluation ? <EvaluationResults evaluation={m.evaluation} language={language} /> : <p>{t.notEvaluated}</p>}
      <h2>{t.sections.data}</h2>
      {rows(t.data)}
      <p className="text-sm text-zinc-600">{t.citation}</p>
      <h2>{t.sections.run}</h2>
      {rows(t.run)}
      <h2>{t.sections.reproduce}</h2>
      <ol>
        {commands.map((command, i) => (
          <li key={command}>
            {t.steps[i]}
            <ScrollRegion label={t.steps[i]} className="rounded-lg bg-zinc-900">
              <pre className="m-0 p-3 whitespace-pre text-zinc-50">
                <code data-testid="command">{command}</code>
              </pre>
            </ScrollRegion>
          </li>
        ))}
      </ol>
      <p>{t.same}</p>
    </>
  );
}
