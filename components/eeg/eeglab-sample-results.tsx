/**
 * The four models on real EEGLAB files: EEGLAB's own sample recording (eeglab_data.set),
 * `square` stimuli labelled by their `position` field, folds within the one recording.
 * Every number is read from the committed report; the sentences follow from its intervals.
 */
import { ScrollRegion } from "@/components/scroll-region";
import { COMPARED_MODELS, type ComparisonReport } from "@/lib/eeg/comparison";
import { formatDuration } from "@/lib/format";
import type { Language } from "@/lib/site";
import { commandLine, readComparisonFile } from "./comparison-report";
import { ComparisonTable } from "./comparison-table";
import { COMPARED_MODEL_NAMES } from "./real-eeg-results";

/** The committed run (public/eeg-comparison/). */
export const EEGLAB_SAMPLE_REPORT = "eeglab-sample-within-subject.json";

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Which models' pooled 95% interval lies wholly above the majority rate. */
export function modelsAboveChance(report: ComparisonReport): (typeof COMPARED_MODELS)[number][] {
  return COMPARED_MODELS.filter((m) => (report.models[m]?.accuracy.interval[0] ?? 0) > report.chance);
}

const en = {
  intro: (r: ComparisonReport) => (
    <>
      The same four models on real EEGLAB files no one here wrote: EEGLAB&apos;s own sample recording (
      <code>eeglab_data.set</code> + <code>.fdt</code>, BSD-2-Clause, one person, {r.channels.length} EEG channels kept
      at {r.preprocessing.samplingRate} Hz). Its events carry fields: each <code>square</code> stimulus has a{" "}
      <code>position</code> (where the square appeared), and <code>--label-field position --labels 1=0,2=1</code> makes
      that field the label, the operation ds003766 needs for its <code>0400</code> stimuli. Of {r.dataset.trials} trials
      cut ({r.preprocessing.window?.join("…")} s, band-passed {r.preprocessing.band?.join("–")} Hz, baseline{" "}
      {r.preprocessing.baseline?.join("…")} s, average reference), {r.dataset.kept} passed the{" "}
      {r.preprocessing.rejectUv} µV peak-to-peak rejection. The folds are {r.folds} stratified folds of this one
      recording.
    </>
  ),
  label: "Accuracy on EEGLAB's sample recording",
  verdict: (r: ComparisonReport) => {
    const above = modelsAboveChance(r).map((m) => COMPARED_MODEL_NAMES.en[m]);
    return above.length === 0
      ? `No model's 95% interval lies above the majority rate (${percent(r.chance)}): on these ${r.dataset.kept} trials none of the four tells the two positions apart. One recording of one person is too little to say more, in either direction.`
      : `The whole 95% interval lies above the majority rate (${percent(r.chance)}) for ${above.join(", ")}; for the others it does not. This is one recording of one person: it says nothing about other people.`;
  },
  run: (r: ComparisonReport, language: Language) =>
    `The run took ${formatDuration(r.seconds, language)} on ${r.machine.cores} cores (TensorFlow.js ${r.machine.backend} backend). Its command:`,
};

const zh: typeof en = {
  intro: (r) => (
    <>
      同样的四个模型，用在不是本项目写出的真实 EEGLAB 文件上：EEGLAB 自带的示例记录（<code>eeglab_data.set</code> +{" "}
      <code>.fdt</code>，BSD-2-Clause 许可，一位被试，保留 {r.channels.length} 个脑电通道，
      {r.preprocessing.samplingRate} Hz）。它的事件带有字段：每个 <code>square</code> 刺激都有一个 <code>position</code>
      （方块出现的位置），
      <code>--label-field position --labels 1=0,2=1</code> 把这个字段变成标签，ds003766 的 <code>0400</code>{" "}
      刺激需要的正是同一种操作。切出的 {r.dataset.trials} 个试次（{r.preprocessing.window?.join("…")} 秒，带通{" "}
      {r.preprocessing.band?.join("–")} Hz，基线 {r.preprocessing.baseline?.join("…")} 秒，平均参考）中，
      {r.dataset.kept} 个通过了 {r.preprocessing.rejectUv} µV 峰峰值剔除。折是这一份记录内的 {r.folds} 个分层折。
    </>
  ),
  label: "EEGLAB 示例记录上的准确率",
  verdict: (r) => {
    const above = modelsAboveChance(r).map((m) => COMPARED_MODEL_NAMES.zh[m]);
    return above.length === 0
      ? `没有哪个模型的 95% 置信区间整体高于多数类比例（${percent(r.chance)}）：在这 ${r.dataset.kept} 个试次上，四个模型都分不出两个位置。一位被试的一份记录太少，无论往哪个方向都说明不了更多。`
      : `${above.join("、")} 的 95% 置信区间整体高于多数类比例（${percent(r.chance)}），其余模型没有。这只是一位被试的一份记录，不能推广到别人。`;
  },
  run: (r, language) =>
    `这次运行用了 ${formatDuration(r.seconds, language)}，${r.machine.cores} 个核（TensorFlow.js ${r.machine.backend} 后端）。它的命令：`,
};

export async function EeglabSampleResults({ language }: { language: Language }) {
  const report = await readComparisonFile(EEGLAB_SAMPLE_REPORT);
  if (!report) return null;
  const t = { en, zh }[language];
  return (
    <>
      <p>{t.intro(report)}</p>
      <ComparisonTable
        report={report}
        testId="eeg-comparison-eeglab-sample"
        text={{
          label: t.label,
          subject: language === "en" ? "recording" : "记录",
          models: COMPARED_MODEL_NAMES[language],
          pooled: language === "en" ? "all trials pooled" : "全部试次合并",
          mean: language === "en" ? "mean over subjects" : "被试平均",
        }}
      />
      <p>{t.verdict(report)}</p>
      <p>{t.run(report, language)}</p>
      <ScrollRegion label={language === "en" ? "command" : "命令"} className="rounded-lg bg-zinc-900">
        <pre className="m-0 overflow-visible p-3 text-zinc-50">
          <code>{commandLine(report)}</code>
        </pre>
      </ScrollRegion>
    </>
  );
}
