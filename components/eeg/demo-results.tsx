import { ScrollRegion } from "@/components/scroll-region";
import type { Proportion, SequenceMetadata } from "@/lib/eeg/metadata";
import { formatInteger, formatPercent } from "@/lib/format";
import type { Language } from "@/lib/site";
import { EvaluationResults } from "../course/evaluation-results";
import { readSequenceMetadata } from "../course/model-metadata";

const range = (r: [number | null, number | null] | null, unit: string) =>
  r ? `${r[0] ?? "—"} … ${r[1] ?? "—"} ${unit}` : "—";

const interval = (p: Proportion) =>
  `${formatPercent(p.value, 1)} [${formatPercent(p.interval[0], 1)}, ${formatPercent(p.interval[1], 1)}]`;
const range95 = (p: Proportion) => `${formatPercent(p.interval[0], 1)}–${formatPercent(p.interval[1], 1)}`;
const loses = (s: SequenceMetadata) =>
  s.heldOut !== undefined && s.heldOut.lstm.accuracy.value < s.heldOut.baseline.accuracy.value;
const baselineEn = (s: SequenceMetadata) =>
  s.heldOut
    ? ` (95% interval ${range95(s.heldOut.lstm.accuracy)}); the linear baseline on the same trials: ${interval(s.heldOut.baseline.accuracy)}${loses(s) ? ", so here the LSTM loses to it" : ""}`
    : "";
const baselineZh = (s: SequenceMetadata) =>
  s.heldOut
    ? `（95% 置信区间 ${range95(s.heldOut.lstm.accuracy)}）；同样试次上的线性基线：${interval(s.heldOut.baseline.accuracy)}${loses(s) ? "，所以这里 LSTM 输给了它" : ""}`
    : "";

const COPY = {
  en: (s: SequenceMetadata) => ({
    intro: (
      <>
        The project ships a small model trained this way on synthetic EEG: {formatInteger(s.dataset.trials, "en")}{" "}
        trials from {s.dataset.subjects} simulated subjects, {s.channels.length} channels ({s.channels.join(", ")}),
        with blinks and muscle bursts mixed in. Label 1 trials carry a larger P300-like wave; the model has to find it.
        Everything below is read from <code>public/eeg-model/metadata.json</code>.
      </>
    ),
    rows: [
      ["Filters", `notch ${s.preprocessing.notchHz ?? "—"} Hz, band-pass ${range(s.preprocessing.band, "Hz")}`],
      ["Reference", s.preprocessing.reference],
      [
        "Epoch and baseline",
        `window ${range(s.preprocessing.window, "s")}, baseline ${range(s.preprocessing.baseline, "s")}`,
      ],
      ["Sampling", `${s.preprocessing.samplingRate} Hz, decimated by ${s.preprocessing.decimate}`],
      [
        "Rejected",
        `${s.rejection.rejected} of ${s.rejection.trials} trials (peak-to-peak > ${s.preprocessing.rejectUv ?? "∞"} µV)`,
      ],
      [
        "Model input",
        `${s.model.timeSteps} time steps × ${s.model.channels} channels → LSTM(${s.model.lstmUnits}) → Dense(1, sigmoid)`,
      ],
      [
        "Training",
        `${formatInteger(s.training.trainTrials, "en")} trials from ${s.training.trainSubjects.length} subjects; epoch ${s.training.epochs} (of at most ${s.training.maxEpochs}) chosen on validation subjects ${s.training.validationSubjects.join(", ")}`,
      ],
      ["Held-out subjects", s.testSubjects.join(", ")],
    ],
    results: (e: NonNullable<SequenceMetadata["evaluation"]>, s: SequenceMetadata) => (
      <>
        On the held-out subjects&apos; {e.examples} trials it is right {formatPercent(e.accuracy, 1)} of the time
        {baselineEn(s)}. The demo is cleaner than a real recording; expect less from real data.
      </>
    ),
    run: "Make the demo data and train it yourself (the second command writes models/eeg; add --out public/eeg-model to replace the shipped one):",
  }),
  zh: (s: SequenceMetadata) => ({
    intro: (
      <>
        本项目附带一个用这种方法在合成脑电上训练的小模型：{s.dataset.subjects} 位模拟被试的{" "}
        {formatInteger(s.dataset.trials, "zh")} 个试次，{s.channels.length} 个通道（{s.channels.join("、")}
        ），其中混入了眨眼和肌电突发噪声。标签为 1 的试次带有更大的类 P300 波形，模型要学会找到它。下面的内容都读自{" "}
        <code>public/eeg-model/metadata.json</code>。
      </>
    ),
    rows: [
      ["滤波", `陷波 ${s.preprocessing.notchHz ?? "—"} Hz，带通 ${range(s.preprocessing.band, "Hz")}`],
      ["参考", s.preprocessing.reference === "average" ? "平均参考（average）" : "记录时的参考（as-recorded）"],
      ["分段与基线", `时间窗 ${range(s.preprocessing.window, "s")}，基线 ${range(s.preprocessing.baseline, "s")}`],
      ["采样", `${s.preprocessing.samplingRate} Hz，每 ${s.preprocessing.decimate} 个样本保留 1 个`],
      [
        "剔除",
        `${s.rejection.trials} 个试次中剔除 ${s.rejection.rejected} 个（峰峰值 > ${s.preprocessing.rejectUv ?? "∞"} µV）`,
      ],
      [
        "模型输入",
        `${s.model.timeSteps} 个时间步 × ${s.model.channels} 个通道 → LSTM(${s.model.lstmUnits}) → Dense(1, sigmoid)`,
      ],
      [
        "训练",
        `${s.training.trainSubjects.length} 位被试的 ${formatInteger(s.training.trainTrials, "zh")} 个试次；在验证被试 ${s.training.validationSubjects.join("、")} 上选出第 ${s.training.epochs} 轮（最多 ${s.training.maxEpochs} 轮）`,
      ],
      ["留出的被试", s.testSubjects.join("、")],
    ],
    results: (e: NonNullable<SequenceMetadata["evaluation"]>, s: SequenceMetadata) => (
      <>
        在留出被试的 {e.examples} 个试次上，它的准确率是 {formatPercent(e.accuracy, 1)}
        {baselineZh(s)}。演示数据比真实记录干净；在真实数据上，效果会差一些。
      </>
    ),
    run: "自己生成演示数据并训练（第二条命令写到 models/eeg；加上 --out public/eeg-model 才会替换随网站发布的模型）：",
  }),
};

/** The shipped EEG demo model: its preprocessing, subject split and held-out results. */
export async function EegDemoResults({ language }: { language: Language }) {
  const sequence = await readSequenceMetadata();
  if (!sequence) return null;
  const t = COPY[language](sequence);
  return (
    <>
      <p>{t.intro}</p>
      <ScrollRegion label={language === "zh" ? "演示数据" : "The demo data"}>
        <table data-testid="eeg-demo">
          <tbody>
            {t.rows.map(([label, value]) => (
              <tr key={label}>
                <th className="w-1/3">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {sequence.evaluation && (
        <>
          <p>{t.results(sequence.evaluation, sequence)}</p>
          <EvaluationResults evaluation={sequence.evaluation} language={language} items="trials" />
        </>
      )}
      <p>{t.run}</p>
      <ScrollRegion
        label={language === "zh" ? "演示的命令" : "Commands for the demo"}
        className="rounded-lg bg-zinc-900"
      >
        <pre className="m-0 overflow-visible p-3 text-zinc-50">
          <code>{`npm run make-eeg-demo\nnpm run train-sequences${sequence.command?.length ? ` -- ${sequence.command.join(" ")}` : ""}`}</code>
        </pre>
      </ScrollRegion>
    </>
  );
}
