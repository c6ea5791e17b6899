import { formatInteger } from "@/lib/format";
import type { Language } from "@/lib/site";
import { DataTable, mono } from "../course/data-table";
import example from "./worked-example.json";

/** What each step of the template's chain is called and what it takes out, in each language. */
const STEPS: Record<Language, Record<string, { name: string; removes: string }>> = {
  en: {
    epoch: {
      name: "Cut trials around T1/T2",
      removes: "the rest periods (T0) and everything between trials; keeps a margin each side for the filters",
    },
    "drop-channels": { name: "Drop channels", removes: "channels the run left out (a noisy electrode)" },
    notch: { name: "Notch", removes: "mains hum at one frequency" },
    "band-pass": {
      name: "Band-pass",
      removes: "slow drift below the low edge and faster activity (muscle, mains) above the high edge",
    },
    baseline: { name: "Baseline", removes: "each channel's offset, its mean over the 0.2 s before the marker" },
    crop: { name: "Crop to the window", removes: "the margins, where the filters ring" },
    reference: { name: "Average reference", removes: "what all channels share at each instant" },
    decimate: {
      name: "Decimate",
      removes: "samples: keeps every n-th (the band-pass already removed what would alias)",
    },
    reject: { name: "Reject artefacts", removes: "trials whose peak-to-peak on some channel exceeds the limit" },
  },
  zh: {
    epoch: { name: "围绕 T1/T2 截取试次", removes: "休息段（T0）和试次之间的一切；两边留出余量供滤波器使用" },
    "drop-channels": { name: "去掉通道", removes: "这次运行不用的通道（一个噪声大的电极）" },
    notch: { name: "陷波", removes: "某一个频率上的工频干扰" },
    "band-pass": { name: "带通滤波", removes: "低于下限的缓慢漂移，以及高于上限的较快活动（肌电、工频）" },
    baseline: { name: "基线校正", removes: "每个通道的偏移量，即标记前 0.2 秒的均值" },
    crop: { name: "裁到分析窗口", removes: "两端的余量，滤波器在那里会振铃" },
    reference: { name: "平均参考", removes: "每个时刻所有通道共有的部分" },
    decimate: { name: "降采样", removes: "样本：每 n 个保留一个（带通滤波已去掉会混叠的成分）" },
    reject: { name: "剔除伪迹", removes: "某个通道峰峰值超过阈值的试次" },
  },
};

const COPY = {
  en: {
    facts: (channels: number, rate: number, seconds: string) =>
      `${channels} channels at ${rate} Hz, ${seconds} s. The markers it stores, first ones first:`,
    eventsHead: ["onset (s)", "duration (s)", "marker"],
    stepsHead: [
      "step",
      "what it removes",
      "shape after [trials, time steps, channels]",
      "RMS removed (µV)",
      "RMS after (µV)",
    ],
    command: "Made by",
    imdb: "The tutorial (IMDB)",
    eeg: "The EEG recording",
    labelOf: (file: string) => `from the folder of ${file}`,
    fromMarker: (marker: string) => `from marker ${marker}`,
    kept: (x: string, n: number, all: string) =>
      `All ${n} labels: y = [${all}]. After artefact rejection X is ${x}: a rejected trial takes its label with it.`,
  },
  zh: {
    facts: (channels: number, rate: number, seconds: string) =>
      `${channels} 个通道，采样率 ${rate} Hz，共 ${seconds} 秒。文件里保存的标记，从最早的开始：`,
    eventsHead: ["起点（秒）", "时长（秒）", "标记"],
    stepsHead: [
      "步骤",
      "去掉了什么",
      "之后的形状 [试次, 时间步, 通道]",
      "去掉部分的均方根（µV）",
      "之后的均方根（µV）",
    ],
    command: "生成命令",
    imdb: "教程（IMDB）",
    eeg: "脑电记录",
    labelOf: (file: string) => `来自 ${file} 所在的文件夹`,
    fromMarker: (marker: string) => `来自标记 ${marker}`,
    kept: (x: string, n: number, all: string) =>
      `全部 ${n} 个标签：y = [${all}]。剔除伪迹之后 X 的形状是 ${x}：被剔除的试次连同它的标签一起去掉。`,
  },
};

const shape = (dims: readonly number[]) => `(${dims.join(", ")}${dims.length === 1 ? "," : ""})`;

/** The setting a step used, from the recorded run's metadata: "1–16 Hz", "÷ 4", "300 µV". */
function setting(step: string): string {
  const s = example.settings;
  switch (step) {
    case "epoch":
      return `${s.epochStart} s … ${s.window ? s.window[1] + (s.window[0] - s.epochStart) : ""} s`;
    case "drop-channels":
      return s.droppedChannels.join(", ");
    case "band-pass":
      return s.band ? `${s.band[0] ?? 0}–${s.band[1] ?? "∞"} Hz` : "";
    case "baseline":
      return s.baseline ? `${s.baseline[0]}–${s.baseline[1]} s` : "";
    case "crop":
      return s.window ? `${s.window[0]}–${s.window[1]} s` : "";
    case "decimate":
      return `÷ ${s.decimate}: ${example.samplingRate} → ${example.samplingRate / s.decimate} Hz`;
    case "reject":
      return s.rejectUv === null ? "" : `> ${s.rejectUv} µV`;
    default:
      return "";
  }
}

/** Q21: the shipped EEG recording from raw EDF to trials, each step with what it removed. */
export function RawToTrials({ language }: { language: Language }) {
  const t = COPY[language];
  const steps = STEPS[language];
  return (
    <div data-testid="eeg-raw-to-trials">
      <p>
        <code>{example.file}</code>: {t.facts(example.channels, example.samplingRate, String(example.seconds))}
      </p>
      <DataTable
        head={t.eventsHead}
        rows={example.firstEvents.map((e) => ({
          key: e.onset,
          cells: [mono(e.onset), mono(e.duration), mono(e.marker)],
        }))}
      />
      <DataTable
        testId="eeg-steps"
        head={t.stepsHead}
        rows={example.steps.map((s) => ({
          key: s.step,
          cells: [
            <span key="name">
              {steps[s.step]?.name ?? s.step}
              {setting(s.step) && <span className="block font-mono text-sm">{setting(s.step)}</span>}
            </span>,
            steps[s.step]?.removes ?? "",
            mono(`[${s.shape.join(", ")}]`, true),
            mono(s.removedRmsUv ?? "—"),
            mono(s.rmsUv),
          ],
        }))}
      />
      <p className="text-sm text-zinc-600">
        {t.command} <code>{example.command}</code>
      </p>
    </div>
  );
}

/** Q22: where the label lives, IMDB's y_train beside the EEG recording's markers → y. */
export function LabelsBesideX({ language }: { language: Language }) {
  const t = COPY[language];
  const last = example.steps.at(-1)!.shape;
  const imdb = example.yTrain;
  return (
    <div data-testid="eeg-labels" className="grid gap-4 sm:grid-cols-2">
      {imdb && (
        <div>
          <p className="mb-1 font-semibold">{t.imdb}</p>
          <p className="my-1">
            <code>X_train</code> {shape([imdb.reviews, 500])}, <code>y_train</code> {shape([imdb.reviews])}
          </p>
          <DataTable
            head={["y_train", ""]}
            rows={imdb.first.map((r) => ({ key: r.file, cells: [mono(r.label), t.labelOf(r.file)] }))}
          />
          <p className="text-sm">
            {formatInteger(imdb.reviews - imdb.positives, language)} × 0, {formatInteger(imdb.positives, language)} × 1
          </p>
        </div>
      )}
      <div>
        <p className="mb-1 font-semibold">{t.eeg}</p>
        <p className="my-1">
          <code>X</code> {shape(example.steps.at(-2)!.shape)}, <code>y</code> {shape([example.y.length])}
        </p>
        <DataTable
          testId="eeg-y"
          head={["y", ""]}
          rows={example.y.slice(0, 6).map((label, k) => ({
            key: k,
            cells: [mono(label), t.fromMarker(example.markers[k])],
          }))}
        />
        <p className="text-sm" data-testid="eeg-y-all">
          {t.kept(shape(last), example.y.length, example.y.join(", "))}
        </p>
      </div>
    </div>
  );
}
