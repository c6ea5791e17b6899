/**
 * The runs on the ds003766 miniature, read from their committed reports: the four EEG
 * models with the chen2022 preset and labels from the response that follows, and the LSTM
 * against logistic regression on the mouse trajectories. Sentences follow from the intervals.
 */
import { ScrollRegion } from "@/components/scroll-region";
import { COMPARED_MODELS, type ComparisonReport } from "@/lib/eeg/comparison";
import { TRAJECTORY_MODELS, type TrajectoryReport } from "@/lib/eeg/trajectory-report";
import type { Language } from "@/lib/site";
import { commandLine, readComparisonFile, readTrajectoryReport } from "../comparison-report";
import { ComparisonTable, withInterval } from "../comparison-table";
import { COMPARED_MODEL_NAMES } from "../real-eeg-results";

export const MINIATURE_EEG_REPORT = "foodchoice-mini-within-subject.json";
export const MINIATURE_TRAJECTORY_REPORTS = [
  "foodchoice-mini-trajectories-within-subject.json",
  "foodchoice-mini-trajectories-across-subjects.json",
];

const TEXT = {
  en: {
    eeg: (r: ComparisonReport) => {
      const above = COMPARED_MODELS.filter((m) => (r.models[m]?.accuracy.interval[0] ?? 0) > 0.5).map(
        (m) => COMPARED_MODEL_NAMES.en[m],
      );
      return `EEG, ${r.dataset.kept} trials of ${r.dataset.subjects.length} subjects, each subject's trials in ${r.folds} folds. Pooled over all trials, the whole 95% interval lies above 50% for ${above.length ? above.join(", ") : "no model"}${above.length ? "; for the others it does not" : ""}. The planted difference is synthetic: this shows that the route from the files to a result works, not what real brains do.`;
    },
    trajectory: (r: TrajectoryReport) => {
      const gap = 100 * (r.models["lstm-raw"].accuracy.value - r.models["points-lr"].accuracy.value);
      return `Mouse trajectories, ${r.evaluation === "within-subject" ? `each subject's trials in ${r.folds} folds` : `${r.folds} groups of whole subjects`}: the first ${Math.round(r.share * 100)}% of each movement (${r.steps} of ${r.points} points). The LSTM ${gap > 0 ? `is ${gap.toFixed(1)} points above` : gap === 0 ? "is level with" : `is ${(-gap).toFixed(1)} points below`} logistic regression on the same points (pooled).`;
    },
    names: { "lstm-raw": "LSTM on (x, y)", "points-lr": "the same points + logistic regression" },
    model: "model",
    pooled: "all trials pooled",
    mean: "mean over subjects",
    label: "Accuracy on the miniature",
    eegCommand: "EEG command",
    scheme: { "within-subject": "within subjects", "across-subjects": "across subjects" },
    command: "Command:",
  },
  zh: {
    eeg: (r: ComparisonReport) => {
      const above = COMPARED_MODELS.filter((m) => (r.models[m]?.accuracy.interval[0] ?? 0) > 0.5).map(
        (m) => COMPARED_MODEL_NAMES.zh[m],
      );
      return `脑电：${r.dataset.subjects.length} 位被试的 ${r.dataset.kept} 个试次，每位被试的试次分成 ${r.folds} 折。全部试次合并计算时，95% 置信区间整体高于 50% 的模型有：${above.length ? above.join("、") : "没有"}${above.length ? "；其余模型没有" : ""}。植入的差异是合成的：这只说明从文件到结果的这条路走得通，不说明真实的大脑怎样。`;
    },
    trajectory: (r: TrajectoryReport) => {
      const gap = 100 * (r.models["lstm-raw"].accuracy.value - r.models["points-lr"].accuracy.value);
      return `鼠标轨迹，${r.evaluation === "within-subject" ? `每位被试的试次分成 ${r.folds} 折` : `整位被试分成 ${r.folds} 组`}：每次动作的前 ${Math.round(r.share * 100)}%（${r.points} 个点中的 ${r.steps} 个）。合并计算时，LSTM ${gap > 0 ? `比同样这些点上的逻辑回归高 ${gap.toFixed(1)} 个百分点` : gap === 0 ? "与同样这些点上的逻辑回归持平" : `比同样这些点上的逻辑回归低 ${(-gap).toFixed(1)} 个百分点`}。`;
    },
    names: { "lstm-raw": "LSTM 读 (x, y)", "points-lr": "同样的点 + 逻辑回归" },
    model: "模型",
    pooled: "全部试次合并",
    mean: "被试平均",
    label: "缩微版上的准确率",
    eegCommand: "脑电命令",
    scheme: { "within-subject": "被试内", "across-subjects": "跨被试" },
    command: "命令：",
  },
};

function Command({ line, label }: { line: string; label: string }) {
  return (
    <ScrollRegion label={label} className="rounded-lg bg-zinc-900">
      <pre className="m-0 overflow-visible p-3 text-zinc-50">
        <code>{line}</code>
      </pre>
    </ScrollRegion>
  );
}

export async function MiniatureResults({ language }: { language: Language }) {
  const t = TEXT[language];
  const eeg = await readComparisonFile(MINIATURE_EEG_REPORT);
  const trajectories = (await Promise.all(MINIATURE_TRAJECTORY_REPORTS.map(readTrajectoryReport))).filter(
    (r): r is TrajectoryReport => r !== null,
  );
  return (
    <>
      {eeg && (
        <>
          <p>{t.eeg(eeg)}</p>
          <ComparisonTable
            report={eeg}
            testId="eeg-comparison-foodchoice-mini"
            text={{
              label: t.label,
              subject: language === "en" ? "subject" : "被试",
              models: COMPARED_MODEL_NAMES[language],
              pooled: t.pooled,
              mean: t.mean,
            }}
          />
          <p className="text-sm">{t.command}</p>
          <Command line={commandLine(eeg)} label={t.eegCommand} />
        </>
      )}
      {trajectories.map((r) => (
        <div key={r.evaluation}>
          <p>{t.trajectory(r)}</p>
          <ScrollRegion label={`${t.label}: ${t.scheme[r.evaluation]}`}>
            <table data-testid={`trajectory-comparison-${r.evaluation}`}>
              <thead>
                <tr>
                  <th>{t.model}</th>
                  {r.dataset.subjects.map((s) => (
                    <th key={s}>{s}</th>
                  ))}
                  <th>{t.pooled}</th>
                </tr>
              </thead>
              <tbody>
                {TRAJECTORY_MODELS.map((m) => (
                  <tr key={m}>
                    <th scope="row">{t.names[m]}</th>
                    {r.models[m].perSubject.map((row) => (
                      <td key={row.subject} className="whitespace-nowrap">
                        {withInterval(row.accuracy)}
                      </td>
                    ))}
                    <td className="whitespace-nowrap">{withInterval(r.models[m].accuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="text-sm">{t.command}</p>
          <Command line={`npm run train-trajectories -- ${r.command.join(" ")}`} label={t.scheme[r.evaluation]} />
        </div>
      ))}
    </>
  );
}
