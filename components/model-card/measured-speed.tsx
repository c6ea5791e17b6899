/**
 * The model card's "Speed" section: how fast the box answered and how fast training ran, as
 * `npm run bench -- --save` and `npm run bench:train -- --save` measured them (issue 27's
 * targets beside each figure), read from public/measured/ when the site is built. The figures
 * are that machine's on that day; the section says so.
 */
import { formatDate, formatDecimal, formatInteger, formatPercent } from "@/lib/format";
import {
  type FirstVerdictSpeed,
  MEASURED_FILES,
  parseFirstVerdictSpeed,
  parseTrainingSpeed,
  type TrainingSpeed,
} from "@/lib/measured-speed";
import type { Language } from "@/lib/site";
import { readMeasured } from "./measured-files";
import { type Pairs, PairsTable } from "./model-card-section";

type Verdict = "met" | "missed" | "unjudged";

const en = {
  title: "Speed",
  machine: (date: string, cores: number, cpu: string) =>
    `Measured on ${date}, on the machine that ran the benches (${cores} cores, ${cpu}); another computer or a phone will differ. The targets are the project's own (issue 27).`,
  verdict: { met: "met", missed: "missed", unjudged: "not judged: the machine was busier than the target assumes" },
  firstVerdict: "First verdict, cold load of the home page (p50 of the loads)",
  slowed: (rate: number) => `The same with the CPU slowed ${rate}× (a stand-in for a phone)`,
  bytes: "Bytes received before the first verdict",
  fast50: "Reading 50 words (p50)",
  epoch: (backend: string) => `One training epoch, tutorial recipe, fast LSTM on ${backend} (CPU time)`,
  epochNote: (sampled: number, all: number) => `estimated from ${sampled} of its ${all} batches`,
  floor: "Share of the matMul floor (the epoch's LSTM multiply-adds at the machine's matMul rate)",
  stretch: "stretch",
  command: "Command",
  loads: "loads",
  missing: (command: string) => `Not measured yet: run ${command}.`,
};

const zh: typeof en = {
  title: "速度",
  machine: (date: string, cores: number, cpu: string) =>
    `测于 ${date}，在运行基准测试的那台机器上（${cores} 个核心，${cpu}）；换一台电脑或手机，数字会不同。目标是本项目自己定的（issue 27）。`,
  verdict: { met: "达到", missed: "未达到", unjudged: "未评判：机器比目标假定的更忙" },
  firstVerdict: "首个判断，冷启动打开首页（各次加载的中位数）",
  slowed: (rate: number) => `同上，CPU 降速 ${rate} 倍（模拟手机）`,
  bytes: "首个判断之前收到的字节数",
  fast50: "读 50 个词（中位数）",
  epoch: (backend: string) => `一轮训练的 CPU 时间（教程配方，快速 LSTM，后端 ${backend}）`,
  epochNote: (sampled: number, all: number) => `由全部 ${all} 批中的 ${sampled} 批估算`,
  floor: "占矩阵乘法下限的比例（这一轮 LSTM 的乘加次数按本机矩阵乘法速度折算）",
  stretch: "进阶目标",
  command: "命令",
  loads: "各次",
  missing: (command: string) => `尚未测量：运行 ${command}。`,
};

const ms = (value: number, language: Language) => `${formatInteger(value, language)} ms`;

/** "label: value" and a figure's notes in brackets, with each language's punctuation. */
const said = (label: string, value: string, language: Language) =>
  language === "zh" ? `${label}：${value}` : `${label}: ${value}`;
const notes = (parts: string[], language: Language) =>
  language === "zh" ? `（${parts.join("；")}）` : ` (${parts.join("; ")})`;

function firstVerdictPairs(m: FirstVerdictSpeed, language: Language): Pairs {
  const t = { en, zh }[language];
  const judged = (ok: boolean): Verdict => (ok ? "met" : "missed");
  const quiet = Math.max(...m.machine.loadAverages) < m.targets.quietLoad;
  const asIs: Verdict = quiet ? judged(m.asIs.p50Ms <= m.targets.firstVerdictMs) : "unjudged";
  const loads = (values: number[]) =>
    said(
      t.loads,
      values.map((value) => formatInteger(value, language)).join(language === "zh" ? "、" : ", "),
      language,
    );
  const kB = (bytes: number) => `${formatInteger(bytes / 1000, language)} kB`;
  const pairs: Pairs = [
    [
      t.firstVerdict,
      ms(m.asIs.p50Ms, language) +
        notes(
          [said(`≤ ${ms(m.targets.firstVerdictMs, language)}`, t.verdict[asIs], language), loads(m.asIs.loadsMs)],
          language,
        ),
    ],
  ];
  if (m.slowed) {
    const met = judged(m.slowed.p50Ms <= m.targets.slowedFirstVerdictMs);
    pairs.push([
      t.slowed(m.slowed.cpuSlowdown),
      ms(m.slowed.p50Ms, language) +
        notes([said(`≤ ${ms(m.targets.slowedFirstVerdictMs, language)}`, t.verdict[met], language)], language),
    ]);
  }
  const bytesMet = judged(m.bytesBeforeVerdict <= m.targets.bytesBeforeVerdict);
  pairs.push(
    [
      t.bytes,
      kB(m.bytesBeforeVerdict) +
        notes([said(`≤ ${kB(m.targets.bytesBeforeVerdict)}`, t.verdict[bytesMet], language)], language),
    ],
    [t.fast50, `${formatDecimal(m.fast50WordsP50Ms, 1, language)} ms`],
    [t.command, <code key="command">{m.command}</code>],
  );
  return pairs;
}

function trainingPairs(m: TrainingSpeed, language: Language): Pairs {
  const t = { en, zh }[language];
  const verdict = (ok: boolean) => t.verdict[ok ? "met" : "missed"];
  const minutes = (value: number) => `${formatDecimal(value, 2, language)} min`;
  return [
    [
      t.epoch(m.backend),
      minutes(m.epochCpuMinutes) +
        notes(
          [
            said(
              `≤ ${minutes(m.targets.epochMinutes)}`,
              verdict(m.epochCpuMinutes <= m.targets.epochMinutes),
              language,
            ),
            said(
              `${t.stretch} ≤ ${minutes(m.targets.stretchEpochMinutes)}`,
              verdict(m.epochCpuMinutes <= m.targets.stretchEpochMinutes),
              language,
            ),
            t.epochNote(m.sampledBatches, m.batchesInEpoch),
          ],
          language,
        ),
    ],
    [
      t.floor,
      formatPercent(m.floorShare, 0, language) +
        notes(
          [
            said(
              `≥ ${formatPercent(m.targets.floorShare, 0, language)}`,
              verdict(m.floorShare >= m.targets.floorShare),
              language,
            ),
          ],
          language,
        ),
    ],
    [t.command, <code key="command">{m.command}</code>],
  ];
}

/** The section's heading, for the card's contents. */
export const speedTitle = (language: Language) => ({ en, zh })[language].title;

/** The section, with its heading (id "speed"). */
export async function MeasuredSpeed({ language }: { language: Language }) {
  const t = { en, zh }[language];
  const [firstVerdict, training] = await Promise.all([
    readMeasured(MEASURED_FILES.firstVerdict, parseFirstVerdictSpeed),
    readMeasured(MEASURED_FILES.training, parseTrainingSpeed),
  ]);
  return (
    <>
      <h2 id="speed">{t.title}</h2>
      {[
        {
          figures: firstVerdict,
          pairs: firstVerdict && firstVerdictPairs(firstVerdict, language),
          save: "npm run bench -- --save",
        },
        {
          figures: training,
          pairs: training && trainingPairs(training, language),
          save: "npm run bench:train -- --data … --backends wasm --lstm fast --save",
        },
      ].map(({ figures, pairs, save }) =>
        figures && pairs ? (
          <div key={save} data-measured>
            <p>
              {t.machine(
                formatDate(figures.measuredAt, language) ?? figures.measuredAt,
                figures.machine.cores,
                figures.machine.cpuModel,
              )}
            </p>
            <PairsTable pairs={pairs} />
          </div>
        ) : (
          <p key={save}>{t.missing(save)}</p>
        ),
      )}
    </>
  );
}
