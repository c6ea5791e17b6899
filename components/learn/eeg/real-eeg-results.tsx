import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cache } from "react";
import { assertSequenceMetadata, type HeldOutResult, type Proportion, type SequenceMetadata } from "@/lib/sequence-metadata";
import type { Language } from "@/lib/site";

/** The real-data run (PhysioNet EEGMMIDB, imagined left vs right fist), committed in public/eeg-real/. */
export const readRealEegMetadata = cache(async (): Promise<SequenceMetadata | null> => {
  const path = join(process.cwd(), "public", "eeg-real", "metadata.json");
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return null;
  }
  assertSequenceMetadata(value);
  return value;
});

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const withInterval = (p: Proportion) => `${percent(p.value)} [${percent(p.interval[0])}, ${percent(p.interval[1])}]`;
/** The baseline's feature window, from its description ("... on 125 ms window means"). */
const windowMs = (s: SequenceMetadata) => /(\d+) ms/.exec(s.heldOut?.baseline.description ?? "")?.[1] ?? "?";
/** The two subjects who lost the most trials to rejection, e.g. "S003 31, S009 30". */
const mostRejected = (s: SequenceMetadata) =>
  Object.entries(s.rejection.bySubject ?? {}).sort((a, b) => b[1].rejected - a[1].rejected).slice(0, 2).map(([subject, c]) => `${subject} ${c.rejected}/${c.trials}`).join(", ");
const auc = (r: HeldOutResult) => (r.rocAuc === null ? "—" : r.rocAuc.toFixed(2));

const COPY = {
  en: {
    intro: (s: SequenceMetadata) => <>The same template on real recordings: the PhysioNet EEG Motor Movement/Imagery dataset, {s.dataset.subjects} volunteers imagining opening and closing the left or the right fist (runs 4, 8 and 12; 64 channels at 160 Hz, EDF+). The labels are the recording&apos;s own event markers, read from its EDF+ annotations: <code>T1</code> (left) became 0 and <code>T2</code> (right) became 1. Each trial is {s.preprocessing.window?.join("–")} s after the marker, band-passed {s.preprocessing.band?.map((x) => x ?? "—").join("–")} Hz, average-referenced over {s.channels.length} channels ({s.preprocessing.droppedChannels.join(", ") || "none"} left out: the channel check found it noisy, a loose electrode, in one subject), and downsampled to {s.preprocessing.samplingRate / s.preprocessing.decimate} Hz. {s.rejection.rejected} of {s.rejection.trials} trials were rejected (peak-to-peak &gt; {s.preprocessing.rejectUv} µV), most in two subjects ({mostRejected(s)}), on the front electrodes where blinks show. Read from <code>public/eeg-real/metadata.json</code>.</>,
    model: "model",
    accuracy: "accuracy [95% interval]",
    aucLabel: "ROC AUC",
    lstm: (s: SequenceMetadata) => `LSTM(${s.model.lstmUnits}), weights of epoch ${s.training.epochs} (lowest validation loss on ${s.training.validationSubjects.join(", ")})`,
    baseline: (s: SequenceMetadata) => `${s.heldOut!.baseline.description} (L2 ${s.heldOut!.baseline.l2}, chosen by cross-validation inside the training subjects)`,
    held: (s: SequenceMetadata) => <>Tested on subjects {s.testSubjects.join(", ")} ({s.heldOut!.lstm.accuracy.total} trials), never seen in training; chance is {percent(s.heldOut!.chance)} (always guessing the majority label).</>,
    perSubject: "Per held-out subject",
    subject: "subject",
    cv: (s: NonNullable<SequenceMetadata["crossValidation"]>) => <>Leave-subjects-out cross-validation ({s.folds.length} folds, every subject tested once): LSTM {percent(s.lstm.mean)} ± {percent(s.lstm.std)}, baseline {percent(s.baseline.mean)} ± {percent(s.baseline.std)} (mean ± standard deviation over folds).</>,
    verdict: (s: SequenceMetadata) => {
      const h = s.heldOut!;
      const beats = h.lstm.accuracy.interval[0] > h.chance;
      const loses = h.lstm.accuracy.value < h.baseline.accuracy.value;
      return <>{beats ? "The LSTM beats chance here: its interval lies above chance." : "The LSTM does not beat chance here: its interval includes chance."} {loses ? "It also loses to the linear baseline." : h.lstm.accuracy.value === h.baseline.accuracy.value ? "It ties with the linear baseline." : "It is ahead of the linear baseline, but the intervals overlap."}</>;
    },
    why: <>Why so little? Telling left from right imagined movement in people the model has never seen is hard: the difference is a drop in the power of the 8–30 Hz mu and beta rhythms over the opposite side of the head, which varies from person to person, not a wave with a fixed shape like the demo&apos;s P300. Both models read filtered voltages, in which that power change is hidden, from 45 trials per person. Methods that work on this task first compute band power or spatial filters (common spatial patterns) and usually train per subject. The result is honest rather than disappointing: an intervals-and-baseline report is what tells you a model has learned nothing transferable, before you build on it.</>,
    run: "Reproduce it (13 min 41 s here, on two shared cores, with the wasm backend):",
  },
  zh: {
    intro: (s: SequenceMetadata) => <>同一个模板用在真实记录上：PhysioNet 的 EEG 运动/运动想象数据集（EEG Motor Movement/Imagery），{s.dataset.subjects} 位被试想象张开并握紧左手或右手（第 4、8、12 次记录；64 个通道，160 Hz，EDF+ 格式）。标签就是记录里自带的事件标记，读自 EDF+ 注释：<code>T1</code>（左手）记为 0，<code>T2</code>（右手）记为 1。每个试次取标记之后 {s.preprocessing.window?.join("–")} 秒，带通滤波 {s.preprocessing.band?.map((x) => x ?? "—").join("–")} Hz，在 {s.channels.length} 个通道上做平均参考（去掉了 {s.preprocessing.droppedChannels.join("、") || "无"}：通道检查发现它在一位被试身上很嘈杂，是松动的电极），降采样到 {s.preprocessing.samplingRate / s.preprocessing.decimate} Hz。{s.rejection.trials} 个试次中剔除了 {s.rejection.rejected} 个（峰峰值 &gt; {s.preprocessing.rejectUv} µV），大多来自两位被试（{mostRejected(s)}），出现在会记录到眨眼的前额电极上。以下读自 <code>public/eeg-real/metadata.json</code>。</>,
    model: "模型",
    accuracy: "准确率 [95% 区间]",
    aucLabel: "ROC AUC",
    lstm: (s: SequenceMetadata) => `LSTM(${s.model.lstmUnits})，取第 ${s.training.epochs} 轮的权重（在 ${s.training.validationSubjects.join("、")} 上验证损失最低）`,
    baseline: (s: SequenceMetadata) => `L2 逻辑回归，特征为每 ${windowMs(s)} 毫秒时间窗的均值（L2 = ${s.heldOut!.baseline.l2}，在训练被试内部交叉验证选出）`,
    held: (s: SequenceMetadata) => <>在训练中从未见过的被试 {s.testSubjects.join("、")} 上测试（{s.heldOut!.lstm.accuracy.total} 个试次）；机会水平为 {percent(s.heldOut!.chance)}（总是猜多数类）。</>,
    perSubject: "每位留出被试",
    subject: "被试",
    cv: (s: NonNullable<SequenceMetadata["crossValidation"]>) => <>留出被试交叉验证（{s.folds.length} 折，每位被试都被测试一次）：LSTM {percent(s.lstm.mean)} ± {percent(s.lstm.std)}，基线 {percent(s.baseline.mean)} ± {percent(s.baseline.std)}（各折准确率的均值 ± 标准差）。</>,
    verdict: (s: SequenceMetadata) => {
      const h = s.heldOut!;
      const beats = h.lstm.accuracy.interval[0] > h.chance;
      const loses = h.lstm.accuracy.value < h.baseline.accuracy.value;
      return <>{beats ? "LSTM 在这里超过了机会水平：它的区间整个高于机会水平。" : "LSTM 在这里没有超过机会水平：它的区间包含机会水平。"}{loses ? "它还输给了线性基线。" : h.lstm.accuracy.value === h.baseline.accuracy.value ? "它与线性基线持平。" : "它领先于线性基线，但两者的区间有重叠。"}</>;
    },
    why: <>为什么这么差？在模型从未见过的人身上区分想象的左手和右手运动很难：差别在于对侧头皮上 8–30 Hz 的 mu 和 beta 节律功率下降，而且因人而异，不是像演示数据里 P300 那样形状固定的波形。两个模型读的都是滤波后的电压，功率变化藏在其中，而每人只有 45 个试次。在这个任务上有效的方法会先计算频带功率或空间滤波（共空间模式，CSP），并且通常按被试分别训练。这个结果是诚实的，而不是令人失望的：带区间和基线的报告，正是在你继续投入之前告诉你模型没有学到可迁移的东西。</>,
    run: "复现它（在这里两核共享的机器上用 wasm 后端，用时 13 分 41 秒）：",
  },
};

/** The real-data run beside the demo: LSTM and linear baseline on held-out subjects, with intervals. */
export async function RealEegResults({ language }: { language: Language }) {
  const s = await readRealEegMetadata();
  if (!s?.heldOut) return null;
  const t = COPY[language];
  const h = s.heldOut;
  return (
    <>
      <p>{t.intro(s)}</p>
      <p>{t.held(s)}</p>
      <div className="overflow-x-auto" tabIndex={0}>
        <table data-testid="eeg-real">
          <thead><tr><th>{t.model}</th><th>{t.accuracy}</th><th>{t.aucLabel}</th></tr></thead>
          <tbody>
            <tr><td>{t.lstm(s)}</td><td>{withInterval(h.lstm.accuracy)}</td><td>{auc(h.lstm)}</td></tr>
            <tr><td>{t.baseline(s)}</td><td>{withInterval(h.baseline.accuracy)}</td><td>{auc(h.baseline)}</td></tr>
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto" tabIndex={0}>
        <table data-testid="eeg-real-subjects">
          <caption>{t.perSubject}</caption>
          <thead><tr><th>{t.subject}</th><th>LSTM</th><th>{language === "en" ? "baseline" : "基线"}</th></tr></thead>
          <tbody>
            {h.lstm.perSubject.map((row, i) => (
              <tr key={row.subject}><td>{row.subject}</td><td>{withInterval(row.accuracy)}</td><td>{withInterval(h.baseline.perSubject[i].accuracy)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p><strong>{t.verdict(s)}</strong></p>
      {s.crossValidation && <p>{t.cv(s.crossValidation)}</p>}
      <p>{t.why}</p>
      <p>{t.run}</p>
      <pre className="overflow-x-auto rounded-lg bg-zinc-900 p-3 text-zinc-50"><code>{REPRODUCE}</code></pre>
    </>
  );
}

export const REPRODUCE = `mkdir -p /tmp/eeg && tar xzf ../shared/data/eegmmidb-mi-lr.tar.gz -C /tmp/eeg
npm run train-sequences -- --data /tmp/eeg/eegmmidb-mi-lr \\
  --events T1=0,T2=1 --window 0.5,2.5 --margin 1 --notch none \\
  --band 1,16 --decimate 4 --drop-channels Ft8 --reject-uv 300 \\
  --units 16 --epochs 30 --patience 5 --cv 5 --out public/eeg-real`;
