import { ScrollRegion } from "@/components/scroll-region";
import type { ComparedModel, ComparisonReport } from "@/lib/eeg/comparison";
import { formatDuration, formatPercent, wordSpace } from "@/lib/format";
import type { Language } from "@/lib/site";
import { BandPowerPicture, type BandPowerPictureText } from "./band-power-picture";
import { commandLine, readComparisonReport } from "./comparison-report";
import { ComparisonTable, type ComparisonTableText } from "./comparison-table";
import { compareToCsp, type Facts, factsOf } from "./comparison-verdicts";

const percent = (x: number) => formatPercent(x, 1);
const points = (x: number) => (100 * Math.abs(x)).toFixed(1);
const list = (items: string[], language: Language) => items.join(language === "zh" ? "、" : ", ");

export const COMPARED_MODEL_NAMES: { en: Record<ComparedModel, string>; zh: Record<ComparedModel, string> } = {
  en: {
    "lstm-raw": "LSTM (raw voltage)",
    "lstm-band-power": "LSTM (band power)",
    "log-power-lr": "log band power + LR",
    "csp-lda": "CSP + LDA",
  },
  zh: {
    "lstm-raw": "LSTM（原始电压）",
    "lstm-band-power": "LSTM（频带功率）",
    "log-power-lr": "对数频带功率 + 逻辑回归",
    "csp-lda": "CSP + LDA",
  },
};

const en = {
  intro: (r: ComparisonReport) => (
    <>
      The same template on real recordings: the PhysioNet EEG Motor Movement/Imagery dataset,{" "}
      {r.dataset.subjects.length} volunteers imagining opening and closing the left or the right fist (runs 4, 8 and 12;{" "}
      {r.channels.length} channels at {r.preprocessing.samplingRate} Hz, EDF+). The labels are the recordings&apos; own
      event markers, read from their EDF+ annotations: <code>T1</code> (left) became 0 and <code>T2</code> (right)
      became 1, {r.dataset.trials / r.dataset.subjects.length} trials per person. Each trial is{" "}
      {r.preprocessing.window?.join("–")} s after its marker, band-passed to {r.preprocessing.band?.join("–")} Hz, kept
      at {r.preprocessing.samplingRate / r.preprocessing.decimate} Hz. Everything below is read from the run&apos;s
      report (<code>public/eeg-comparison/</code>), which records the command that made it.
    </>
  ),
  modelsTitle: "Four models on the same folds",
  models: (r: ComparisonReport) => [
    <>
      <strong>LSTM (raw voltage)</strong>: the tutorial&apos;s network, LSTM({r.settings.units}) → Dense(1, sigmoid),
      reading the band-passed voltages step by step.
    </>,
    <>
      <strong>LSTM (band power)</strong>: the same network reading a much shorter sequence: the log power of{" "}
      {r.settings.cspComponents} CSP components in {r.settings.powerWindow * 1000} ms windows every{" "}
      {r.settings.powerStep * 1000} ms, {r.windowTimes.length} steps per trial (the picture below). This is one answer
      to &ldquo;how does EEG become vectors?&rdquo;: a vector per window, one number per spatial filter.
    </>,
    <>
      <strong>Log band power + logistic regression</strong>: one number per channel, the log power of the whole
      band-passed trial, into an L2 logistic regression (its strength chosen by inner cross-validation).
    </>,
    <>
      <strong>CSP + LDA</strong>: common spatial patterns, the standard motor-imagery baseline.{" "}
      {r.settings.cspComponents} spatial filters (weighted sums of channels) chosen so that their output&apos;s power
      differs most between left and right, then the log power of each filter into linear discriminant analysis.
    </>,
  ],
  fitted:
    "Everything a model learns (z-score statistics, CSP filters, the L2 strength, the epoch early stopping picks) comes from the training trials of each fold; the test trials are used once, to score.",
  whoTitle: "Two questions: within one person, or across people",
  who: (within: ComparisonReport | null, across: ComparisonReport | null) => [
    <>
      <strong>Within-subject</strong>
      {within ? ` (${within.folds}-fold)` : ""}: each person&apos;s trials are split into folds with both hands in the
      same proportion; a model is trained on the other folds of that person and tested on one, and again for every fold,
      so each trial is tested once by a model that never saw it. It answers &ldquo;can a model learn{" "}
      <em>this person&apos;s</em> trials?&rdquo;, which is how motor-imagery BCIs are trained and reported: every user
      records a calibration session first.
    </>,
    <>
      <strong>Across subjects</strong>
      {across ? ` (${across.folds} groups of people)` : ""}: a model is trained on some people and tested on people it
      never saw. It answers &ldquo;does it work on a new person with no calibration?&rdquo; That is harder: where the
      mu/beta rhythm sits and how strongly imagery changes it differ from head to head.
    </>,
    <>
      Intervals: each person has only 45 trials, so a per-subject accuracy carries a 95% interval of about ±14 points
      (Wilson). The mean over subjects has a t interval that treats the {within?.dataset.subjects.length ?? 10} people
      as a sample of people; &ldquo;pooled&rdquo; counts all trials together.
    </>,
  ],
  table: (r: ComparisonReport): ComparisonTableText => ({
    label: r.evaluation === "within-subject" ? "Within-subject accuracy" : "Across-subjects accuracy",
    subject: r.evaluation === "within-subject" ? "subject" : "held-out subject",
    models: COMPARED_MODEL_NAMES.en,
    pooled: "all trials pooled",
    mean: "mean over subjects",
  }),
  withinTitle: "Within each subject",
  acrossTitle: "Across subjects",
  chanceWhole: (f: Facts, r: ComparisonReport) =>
    (f.aboveChance.length === 0
      ? "No model's mean over subjects has its whole interval above 50%: the people differ too much for ten of them to pin the mean down."
      : `Models whose mean over subjects has its whole interval above 50%: ${list(f.aboveChance, "en")}.`) +
    (f.pooledAboveChance.length === 0
      ? ` Pooled over all ${r.dataset.kept} trials, no model is above chance either.`
      : ` Pooled over all ${r.dataset.kept} trials, the whole interval is above 50% for ${list(f.pooledAboveChance, "en")}.`),
  cspSubjects: (f: Facts) =>
    f.cspSubjectsAbove.length
      ? `CSP + LDA is above chance with its whole interval for ${list(f.cspSubjectsAbove, "en")}; for the others the interval includes 50%.`
      : "CSP + LDA is not above chance with its whole interval for any single subject.",
  bandPowerGap: (f: Facts) => {
    const gap = compareToCsp(f);
    return gap.kind === "ahead"
      ? `The band-power LSTM's mean (${percent(gap.lstm)}) is above CSP + LDA's (${percent(gap.csp)}).`
      : gap.kind === "close"
        ? `The band-power LSTM's mean (${percent(gap.lstm)}) is ${points(gap.difference)} points below CSP + LDA's (${percent(gap.csp)}): within 3 points.`
        : `The band-power LSTM's mean (${percent(gap.lstm)}) is ${points(gap.difference)} points below CSP + LDA's (${percent(gap.csp)}).`;
  },
  whyGap: (r: ComparisonReport) => (
    <>
      Why does the LSTM not simply beat CSP? Within a subject it trains on{" "}
      {Math.round(((r.folds - 1) / r.folds) * (r.dataset.kept / r.dataset.subjects.length))} trials per fold, and holds
      some of those back to choose its epoch. CSP + LDA fits a handful of numbers in one step; the LSTM fits thousands
      by gradient descent, and with so few trials its result swings from fold to fold. It gets close because the
      band-power sequence hands it the CSP filters&apos; power: the LSTM on raw voltage, which must discover power by
      itself, stays at chance.
    </>
  ),
  rawAtChance: (f: Facts): string =>
    f.rawIncludesChance
      ? "The LSTM on raw voltage does not beat chance: its interval includes 50%."
      : "The LSTM on raw voltage beats chance: its whole interval is above 50%.",
  acrossSummary: (f: Facts) => {
    const above = [...new Set([...f.aboveChance, ...f.pooledAboveChance])];
    return above.length === 0
      ? "Across people no model beats chance with its whole interval (neither the mean over subjects nor all trials pooled), the CSP baseline included: the run supports no claim that any of them works on a new person."
      : `Across people, ${list(above, "en")} ${above.length === 1 ? "is" : "are"} above chance with a whole interval (mean over subjects or pooled); the others are not.`;
  },
  pictureTitle: "A trial as the band-power LSTM reads it",
  picture: (r: ComparisonReport): BandPowerPictureText => ({
    title: (e) => `${e.id}: ${e.label === 0 ? "left (T1)" : "right (T2)"}`,
    component: (k) => `CSP component ${k + 1}`,
    xLabel: `window (${r.settings.powerWindow * 1000} ms, every ${r.settings.powerStep * 1000} ms from ${r.windowTimes[0] - r.settings.powerWindow / 2} s)`,
  }),
  pictureCaption: (r: ComparisonReport) =>
    `Two trials of ${r.examples[0]?.subject}, one per hand: log power (y, natural log of µV²) of each of the ${r.settings.cspComponents} CSP components (lines; filters fitted on that subject's other trials) in each window (x). The LSTM reads one column at a time, ${r.windowTimes.length} steps of ${r.settings.cspComponents} numbers instead of ${r.dataset.kept && r.windowTimes.length ? Math.round((r.preprocessing.window![1] - r.preprocessing.window![0]) * (r.preprocessing.samplingRate / r.preprocessing.decimate)) : 0} steps of ${r.channels.length}.`,
  commandLabel: (r: ComparisonReport) => `The ${r.evaluation} run’s command`,
  run: (r: ComparisonReport, language: Language) =>
    `The ${r.evaluation} run took ${formatDuration(r.seconds, language)} on ${r.machine.cores} cores (TensorFlow.js ${r.machine.backend} backend, a machine shared with other jobs). Its command (the tarball is the one in the project's data folder):`,
};

const zh: typeof en = {
  intro: (r) => (
    <>
      同一个模板用在真实记录上：PhysioNet 的 EEG 运动/运动想象数据集，{r.dataset.subjects.length}{" "}
      位被试想象张开并握紧左手或右手（第 4、8、12 次记录；{r.channels.length} 个通道，
      {r.preprocessing.samplingRate} Hz，EDF+ 格式）。标签就是记录里自带的事件标记，读自 EDF+ 注释：<code>T1</code>
      （左手）记为 0，<code>T2</code>（右手）记为 1，每人 {r.dataset.trials / r.dataset.subjects.length}{" "}
      个试次。每个试次取标记之后 {r.preprocessing.window?.join("–")} 秒，带通滤波到 {r.preprocessing.band?.join("–")}{" "}
      Hz，降采样到 {r.preprocessing.samplingRate / r.preprocessing.decimate} Hz。以下内容都读自这次运行的报告（
      <code>public/eeg-comparison/</code>），报告里记录了生成它的命令。
    </>
  ),
  modelsTitle: "同一组折上的四个模型",
  models: (r) => [
    <>
      <strong>LSTM（原始电压）</strong>：教程里的网络，LSTM({r.settings.units}) → Dense(1, sigmoid)
      ，逐个时间步读取带通滤波后的电压。
    </>,
    <>
      <strong>LSTM（频带功率）</strong>：同一个网络，读的是短得多的序列：{r.settings.cspComponents} 个 CSP 成分在每{" "}
      {r.settings.powerWindow * 1000} 毫秒时间窗内的对数功率，窗每隔 {r.settings.powerStep * 1000}{" "}
      毫秒移动一次，每个试次 {r.windowTimes.length}{" "}
      个时间步（见下图）。这是“脑电怎样变成向量”的一种回答：每个时间窗一个向量，每个空间滤波器一个数。
    </>,
    <>
      <strong>对数频带功率 + 逻辑回归</strong>
      ：每个通道一个数，即整个带通滤波后试次的对数功率，输入 L2 逻辑回归（正则强度由内层交叉验证选出）。
    </>,
    <>
      <strong>CSP + LDA</strong>：共空间模式（CSP），运动想象的标准基线。选出 {r.settings.cspComponents}{" "}
      个空间滤波器（通道的加权和），使其输出功率在左手和右手之间差别最大，再把每个滤波器输出的对数功率输入线性判别分析（LDA）。
    </>,
  ],
  fitted:
    "模型学到的一切（z 分数统计量、CSP 滤波器、L2 强度、早停选出的轮次）都只来自每一折的训练试次；测试试次只用一次，用来打分。",
  whoTitle: "两个问题：同一个人之内，还是跨越不同的人",
  who: (within, across) => [
    <>
      <strong>被试内</strong>
      {within ? `（${within.folds} 折）` : ""}
      ：把每个人的试次分成若干折，每折里左右手的比例相同；模型在这个人的其他折上训练、在一折上测试，对每一折都这样做，所以每个试次都恰好被一个从未见过它的模型测试一次。它回答的是“模型能不能学会
      <em>这个人</em>
      的试次？”——运动想象脑机接口通常就是这样训练和报告的：每个用户先录一段校准数据。
    </>,
    <>
      <strong>跨被试</strong>
      {across ? `（被试分成 ${across.folds} 组）` : ""}
      ：模型在一部分人身上训练，在从未见过的人身上测试。它回答的是“不经校准，能不能用在一个新的人身上？”这要难得多：mu/beta
      节律的位置，以及想象运动让它改变多少，都因人而异。
    </>,
    <>
      关于区间：每人只有 45 个试次，所以单个被试的准确率带着大约 ±14 个百分点的 95% 置信区间（Wilson
      区间）。被试平均值的 t 区间把这 {within?.dataset.subjects.length ?? 10}{" "}
      个人看作人群的一个样本；“合并”则把所有试次放在一起计数。下文的机会水平指随机猜测的水平：两类各占一半时是 50%。
    </>,
  ],
  table: (r) => ({
    label: r.evaluation === "within-subject" ? "被试内准确率" : "跨被试准确率",
    subject: r.evaluation === "within-subject" ? "被试" : "留出的被试",
    models: COMPARED_MODEL_NAMES.zh,
    pooled: "所有试次合并",
    mean: "被试平均",
  }),
  withinTitle: "每个被试之内",
  acrossTitle: "跨被试",
  chanceWhole: (f, r) =>
    (f.aboveChance.length === 0
      ? "没有一个模型的被试平均值区间整个高于 50%：人与人之间差别太大，十个人不足以把平均值确定下来。"
      : `被试平均值的区间整个高于 50% 的模型：${list(f.aboveChance, "zh")}。`) +
    (f.pooledAboveChance.length === 0
      ? `把全部 ${r.dataset.kept} 个试次合并起来，也没有一个模型高于机会水平。`
      : `把全部 ${r.dataset.kept} 个试次合并起来，${list(f.pooledAboveChance, "zh")} 的整个区间高于 50%。`),
  cspSubjects: (f) =>
    f.cspSubjectsAbove.length
      ? `CSP + LDA 在 ${list(f.cspSubjectsAbove, "zh")} 上整个区间都高于机会水平；其他被试的区间包含 50%。`
      : "CSP + LDA 在任何一个被试上都没有整个区间高于机会水平。",
  bandPowerGap: (f) => {
    const gap = compareToCsp(f);
    return gap.kind === "ahead"
      ? `频带功率 LSTM 的平均值（${percent(gap.lstm)}）高于 CSP + LDA（${percent(gap.csp)}）。`
      : gap.kind === "close"
        ? `频带功率 LSTM 的平均值（${percent(gap.lstm)}）比 CSP + LDA（${percent(gap.csp)}）低 ${points(gap.difference)} 个百分点：在 3 个百分点之内。`
        : `频带功率 LSTM 的平均值（${percent(gap.lstm)}）比 CSP + LDA（${percent(gap.csp)}）低 ${points(gap.difference)} 个百分点。`;
  },
  whyGap: (r) => (
    <>
      为什么 LSTM 没有直接胜过 CSP？在被试内，它每折只在{" "}
      {Math.round(((r.folds - 1) / r.folds) * (r.dataset.kept / r.dataset.subjects.length))}{" "}
      个试次上训练，还要从中留出一部分来选择轮次。CSP + LDA 一步就拟合出少数几个数；LSTM
      要用梯度下降拟合几千个参数，试次这么少，结果在各折之间波动很大。它能接近，是因为频带功率序列把 CSP
      滤波器的功率直接交给了它：读原始电压的 LSTM 必须自己发现功率，结果仍停留在机会水平。
    </>
  ),
  rawAtChance: (f) =>
    f.rawIncludesChance
      ? "读原始电压的 LSTM 没有超过机会水平：它的区间包含 50%。"
      : "读原始电压的 LSTM 超过了机会水平：它的整个区间都高于 50%。",
  acrossSummary: (f) => {
    const above = [...new Set([...f.aboveChance, ...f.pooledAboveChance])];
    return above.length === 0
      ? "跨被试时，没有一个模型（包括 CSP 基线）的整个区间高于机会水平（无论是被试平均值还是所有试次合并）：这次运行不支持任何一个模型能用在新的人身上的说法。"
      : `跨被试时，${list(above, "zh")} 的整个区间高于机会水平（被试平均值或所有试次合并）；其他模型没有。`;
  },
  pictureTitle: "频带功率 LSTM 眼中的一个试次",
  picture: (r) => ({
    title: (e) => `${e.id}：${e.label === 0 ? "左手（T1）" : "右手（T2）"}`,
    component: (k) => `CSP 成分 ${k + 1}`,
    xLabel: `时间窗（${r.settings.powerWindow * 1000} 毫秒，从 ${r.windowTimes[0] - r.settings.powerWindow / 2} 秒起每 ${r.settings.powerStep * 1000} 毫秒一个）`,
  }),
  pictureCaption: (r) =>
    `${r.examples[0]?.subject} 的两个试次，左右手各一个：每条线是 ${r.settings.cspComponents} 个 CSP 成分之一（滤波器在该被试的其他试次上拟合），y 是它在每个时间窗（x）内的对数功率（µV² 的自然对数）。LSTM 每次读一列：${r.windowTimes.length} 个时间步、每步 ${r.settings.cspComponents} 个数，而不是 ${Math.round((r.preprocessing.window![1] - r.preprocessing.window![0]) * (r.preprocessing.samplingRate / r.preprocessing.decimate))} 个时间步、每步 ${r.channels.length} 个数。`,
  commandLabel: (r) => `${r.evaluation === "within-subject" ? "被试内" : "跨被试"}运行的命令`,
  run: (r, language) =>
    `${r.evaluation === "within-subject" ? "被试内" : "跨被试"}运行用了 ${formatDuration(r.seconds, language)}，${r.machine.cores} 个核（TensorFlow.js ${r.machine.backend} 后端，机器同时在跑别的任务）。它的命令（数据包就是项目数据文件夹里的那个）：`,
};

const COPY = { en, zh };

function Command({ report, language }: { report: ComparisonReport; language: Language }) {
  return (
    <>
      <p>{COPY[language].run(report, language)}</p>
      <ScrollRegion label={COPY[language].commandLabel(report)} className="rounded-lg bg-zinc-900">
        <pre className="m-0 overflow-visible p-3 text-zinc-50">
          <code>{commandLine(report)}</code>
        </pre>
      </ScrollRegion>
    </>
  );
}

/** The real-data runs: four models, within and across subjects, from the committed reports. */
export async function RealEegResults({ language }: { language: Language }) {
  const [within, across] = await Promise.all([
    readComparisonReport("within-subject"),
    readComparisonReport("across-subjects"),
  ]);
  const first = within ?? across;
  if (!first) return null;
  const t = COPY[language];
  const names = COMPARED_MODEL_NAMES[language];
  return (
    <>
      <p>{t.intro(first)}</p>
      <h3>{t.modelsTitle}</h3>
      <ul>
        {t.models(first).map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{item}</li>
        ))}
      </ul>
      <p>{t.fitted}</p>
      <h3>{t.whoTitle}</h3>
      <ul>
        {t.who(within, across).map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{item}</li>
        ))}
      </ul>
      {within && (
        <>
          <h3>{t.withinTitle}</h3>
          <ComparisonTable report={within} text={t.table(within)} />
          <p>
            {[
              t.chanceWhole(factsOf(within, names), within),
              t.cspSubjects(factsOf(within, names)),
              t.bandPowerGap(factsOf(within, names)),
              t.rawAtChance(factsOf(within, names)),
            ].join(wordSpace(language))}
          </p>
          <p>{t.whyGap(within)}</p>
          <h3>{t.pictureTitle}</h3>
          <BandPowerPicture report={within} text={t.picture(within)} />
          <p className="text-sm">{t.pictureCaption(within)}</p>
          <Command report={within} language={language} />
        </>
      )}
      {across && (
        <>
          <h3>{t.acrossTitle}</h3>
          <ComparisonTable report={across} text={t.table(across)} />
          <p>
            {[t.acrossSummary(factsOf(across, names)), t.rawAtChance(factsOf(across, names))].join(wordSpace(language))}
          </p>
          <Command report={across} language={language} />
        </>
      )}
    </>
  );
}
