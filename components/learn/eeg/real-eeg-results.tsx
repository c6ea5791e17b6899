import { ScrollRegion } from "@/components/scroll-region";
import type { HeldOutSubjectsResult, Proportion, SequenceMetadata } from "@/lib/sequence-metadata";
import type { Language } from "@/lib/site";
import { readSequenceMetadata } from "../model-metadata";

/**
 * The real-data runs (PhysioNet EEGMMIDB, imagined left vs right fist), committed as
 * public/<folder>/metadata.json: the first configuration, then the second one tried.
 */
const RUNS = [
  {
    folder: "eeg-real",
    command: `npm run train-sequences -- --data /tmp/eeg/eegmmidb-mi-lr \\
  --events T1=0,T2=1 --window 0.5,2.5 --margin 1 --notch none \\
  --band 1,16 --decimate 4 --drop-channels Ft8 --reject-uv 300 \\
  --units 16 --epochs 30 --patience 5 --cv 5 --out public/eeg-real`,
  },
  {
    folder: "eeg-real-mu",
    command: `npm run train-sequences -- --data /tmp/eeg/eegmmidb-mi-lr \\
  --events T1=0,T2=1 --window 0.5,2.5 --margin 1 --notch none \\
  --band 8,30 --decimate 2 --reference as-recorded --reject-uv 300 \\
  --channels Fc5,Fc3,Fc1,Fcz,Fc2,Fc4,Fc6,C5,C3,C1,Cz,C2,C4,C6,Cp5,Cp3,Cp1,Cpz,Cp2,Cp4,Cp6 \\
  --units 16 --epochs 30 --patience 5 --cv 5 --out public/eeg-real-mu`,
  },
] as const;

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const withInterval = (p: Proportion) => `${percent(p.value)} [${percent(p.interval[0])}, ${percent(p.interval[1])}]`;
const auc = (r: HeldOutSubjectsResult) => (r.rocAuc === null ? "—" : r.rocAuc.toFixed(2));
/** The baseline's feature window, from its description ("... on 125 ms window means"). */
const windowMs = (s: SequenceMetadata) => /(\d+) ms/.exec(s.heldOut?.baseline.description ?? "")?.[1] ?? "?";
const band = (s: SequenceMetadata) => (s.preprocessing.band ?? [null, null]).map((edge) => edge ?? "—").join("–");
const rate = (s: SequenceMetadata) => s.preprocessing.samplingRate / s.preprocessing.decimate;
/** The subjects who lost the most trials to rejection, e.g. "S003 31/45, S009 30/45". */
const mostRejected = (s: SequenceMetadata) =>
  Object.entries(s.rejection.bySubject ?? {})
    .filter(([, c]) => c.rejected > 0)
    .sort((a, b) => b[1].rejected - a[1].rejected)
    .slice(0, 2)
    .map(([subject, c]) => `${subject} ${c.rejected}/${c.trials}`)
    .join(", ");

/** Facts about one run, as plain comparisons of its numbers. */
function judge(s: SequenceMetadata) {
  const h = s.heldOut!;
  const lstm = h.lstm.accuracy,
    baseline = h.baseline.accuracy;
  return {
    beatsChance: lstm.interval[0] > h.chance,
    baselineBeatsChance: baseline.interval[0] > h.chance,
    comparison:
      lstm.value < baseline.value
        ? "loses"
        : lstm.value === baseline.value
          ? "ties"
          : baseline.interval[1] >= lstm.value
            ? "aheadWithin"
            : "ahead",
    cvLoses: s.crossValidation ? s.crossValidation.lstm.mean < s.crossValidation.baseline.mean : null,
  } as const;
}

const COPY = {
  en: {
    intro: (subjects: number) => (
      <>
        The same template on real recordings: the PhysioNet EEG Motor Movement/Imagery dataset, {subjects} volunteers
        imagining opening and closing the left or the right fist (runs 4, 8 and 12; 64 channels at 160 Hz, EDF+). The
        labels are the recording&apos;s own event markers, read from its EDF+ annotations: <code>T1</code> (left) became
        0 and <code>T2</code> (right) became 1, 45 trials per person. Two configurations were run, in this order;
        everything below is read from their <code>metadata.json</code>.
      </>
    ),
    titles: ["First try: voltages over the whole head", "Second try: mu and beta rhythms over the motor strip"],
    config: (s: SequenceMetadata) => (
      <>
        Trials {s.preprocessing.window?.join("–")} s after the marker; band {band(s)} Hz; {s.channels.length} channels
        {s.channels.length <= 24 ? ` (${s.channels.join(" ")})` : ""}
        {s.channels.length > 24 && s.preprocessing.droppedChannels.length
          ? `, ${s.preprocessing.droppedChannels.join(", ")} left out (the channel check found it noisy in one subject)`
          : ""}
        ; {s.preprocessing.reference === "average" ? "average reference" : "reference as recorded"}; {rate(s)} Hz, so{" "}
        {s.model.timeSteps} time steps. {s.rejection.rejected} of {s.rejection.trials} trials rejected (peak-to-peak
        &gt; {s.preprocessing.rejectUv} µV){s.rejection.rejected > 0 ? `, most in ${mostRejected(s)}` : ""}. Tested on
        subjects {s.testSubjects.join(", ")} ({s.heldOut!.lstm.accuracy.total} trials), never seen in training; chance
        is {percent(s.heldOut!.chance)} (the majority label).
      </>
    ),
    model: "model",
    accuracy: "accuracy [95% interval]",
    aucLabel: "ROC AUC",
    lstm: (s: SequenceMetadata) =>
      `LSTM(${s.model.lstmUnits}), weights of epoch ${s.training.epochs} (lowest validation loss on ${s.training.validationSubjects.join(", ")})`,
    baseline: (s: SequenceMetadata) =>
      `L2 logistic regression on ${windowMs(s)} ms window means (L2 ${s.heldOut!.baseline.l2}, chosen inside the training subjects)`,
    subject: "held-out subject",
    cv: (s: NonNullable<SequenceMetadata["crossValidation"]>) => (
      <>
        Leave-subjects-out cross-validation ({s.folds.length} folds, every subject tested once): LSTM{" "}
        {percent(s.lstm.mean)} ± {percent(s.lstm.std)}, baseline {percent(s.baseline.mean)} ± {percent(s.baseline.std)}{" "}
        (mean ± standard deviation over folds).
      </>
    ),
    verdict: (s: SequenceMetadata) => {
      const j = judge(s);
      const comparison = {
        loses: "It loses to the linear baseline.",
        ties: "It ties with the linear baseline.",
        aheadWithin:
          "It is ahead of the linear baseline, but within the baseline's interval: the difference may be chance.",
        ahead: "It is ahead of the linear baseline.",
      }[j.comparison];
      return (
        <>
          {j.beatsChance
            ? "On these held-out subjects the LSTM beats chance: its whole interval lies above chance."
            : "On these held-out subjects the LSTM does not beat chance: its interval includes chance."}{" "}
          {comparison}
          {j.cvLoses === true
            ? " Over the cross-validation folds it is behind the baseline."
            : j.cvLoses === false
              ? " Over the cross-validation folds it is ahead of the baseline on average."
              : ""}
        </>
      );
    },
    why: (
      <>
        Why so little? Telling left from right imagined movement in people the model has never seen is hard. The
        difference is a drop in the power of the 8–30 Hz mu and beta rhythms over the side of the head opposite the
        hand, which differs from person to person; it is not a wave of fixed shape like the demo&apos;s P300, which is
        what window means capture. That is why the second try kept only 8–30 Hz over the motor strip, where an LSTM can
        in principle follow the rhythm&apos;s power while a linear model on window means cannot. Methods that work well
        here compute band power or spatial filters (common spatial patterns) and usually train per subject.
      </>
    ),
    forking: (
      <>
        A caution about the second try: it was chosen after seeing the first one&apos;s test results. Choosing among
        configurations by their test scores flatters the chosen one; a fair comparison chooses on validation subjects or
        cross-validation folds only, and reports every configuration tried, as here.
      </>
    ),
    run: "Reproduce them (data extracted with mkdir -p /tmp/eeg && tar xzf ../shared/data/eegmmidb-mi-lr.tar.gz -C /tmp/eeg):",
  },
  zh: {
    intro: (subjects: number) => (
      <>
        同一个模板用在真实记录上：PhysioNet 的 EEG 运动/运动想象数据集（EEG Motor Movement/Imagery），{subjects}{" "}
        位被试想象张开并握紧左手或右手（第 4、8、12 次记录；64 个通道，160 Hz，EDF+
        格式）。标签就是记录里自带的事件标记，读自 EDF+ 注释：<code>T1</code>（左手）记为 0，<code>T2</code>（右手）记为
        1，每人 45 个试次。按先后顺序运行了两种配置；以下内容都读自它们的 <code>metadata.json</code>。
      </>
    ),
    titles: ["第一次尝试：全头皮的电压", "第二次尝试：运动区上方的 mu 和 beta 节律"],
    config: (s: SequenceMetadata) => (
      <>
        试次取标记之后 {s.preprocessing.window?.join("–")} 秒；频带 {band(s)} Hz；{s.channels.length} 个通道
        {s.channels.length <= 24 ? `（${s.channels.join(" ")}）` : ""}
        {s.channels.length > 24 && s.preprocessing.droppedChannels.length
          ? `，去掉了 ${s.preprocessing.droppedChannels.join("、")}（通道检查发现它在一位被试身上很嘈杂）`
          : ""}
        ；{s.preprocessing.reference === "average" ? "平均参考" : "保留记录时的参考"}；{rate(s)} Hz，即{" "}
        {s.model.timeSteps} 个时间步。{s.rejection.trials} 个试次中剔除了 {s.rejection.rejected} 个（峰峰值 &gt;{" "}
        {s.preprocessing.rejectUv} µV）{s.rejection.rejected > 0 ? `，大多来自 ${mostRejected(s)}` : ""}
        。在训练中从未见过的被试 {s.testSubjects.join("、")} 上测试（{s.heldOut!.lstm.accuracy.total}{" "}
        个试次）；机会水平为 {percent(s.heldOut!.chance)}（多数类的比例）。
      </>
    ),
    model: "模型",
    accuracy: "准确率 [95% 区间]",
    aucLabel: "ROC AUC",
    lstm: (s: SequenceMetadata) =>
      `LSTM(${s.model.lstmUnits})，取第 ${s.training.epochs} 轮的权重（在 ${s.training.validationSubjects.join("、")} 上验证损失最低）`,
    baseline: (s: SequenceMetadata) =>
      `L2 逻辑回归，特征为每 ${windowMs(s)} 毫秒时间窗的均值（L2 = ${s.heldOut!.baseline.l2}，在训练被试内部选出）`,
    subject: "留出的被试",
    cv: (s: NonNullable<SequenceMetadata["crossValidation"]>) => (
      <>
        留出被试交叉验证（{s.folds.length} 折，每位被试都被测试一次）：LSTM {percent(s.lstm.mean)} ±{" "}
        {percent(s.lstm.std)}，基线 {percent(s.baseline.mean)} ± {percent(s.baseline.std)}（各折准确率的均值 ±
        标准差）。
      </>
    ),
    verdict: (s: SequenceMetadata) => {
      const j = judge(s);
      const comparison = {
        loses: "它输给了线性基线。",
        ties: "它与线性基线持平。",
        aheadWithin: "它领先于线性基线，但仍在基线的区间之内：差别可能只是偶然。",
        ahead: "它领先于线性基线。",
      }[j.comparison];
      return (
        <>
          {j.beatsChance
            ? "在这些留出被试上，LSTM 超过了机会水平：它的整个区间都高于机会水平。"
            : "在这些留出被试上，LSTM 没有超过机会水平：它的区间包含机会水平。"}
          {comparison}
          {j.cvLoses === true
            ? "在交叉验证的各折上，它平均落后于基线。"
            : j.cvLoses === false
              ? "在交叉验证的各折上，它平均领先于基线。"
              : ""}
        </>
      );
    },
    why: (
      <>
        为什么这么差？在模型从未见过的人身上区分想象的左手和右手运动很难。差别在于手的对侧头皮上 8–30 Hz 的 mu 和 beta
        节律功率下降，而且因人而异；它不是像演示数据里 P300
        那样形状固定的波形，而后者正是时间窗均值能捕捉到的。所以第二次尝试只保留运动区上方的 8–30 Hz：LSTM
        原则上能跟踪节律的功率，而基于时间窗均值的线性模型做不到。在这个任务上效果好的方法会先计算频带功率或空间滤波（共空间模式，CSP），并且通常按被试分别训练。
      </>
    ),
    forking: (
      <>
        关于第二次尝试的提醒：它是在看过第一次的测试结果之后才选的。按测试分数在多种配置之间挑选，会让选中的那个显得更好；公平的比较只在验证被试或交叉验证的各折上做选择，并报告尝试过的每一种配置，就像这里这样。
      </>
    ),
    run: "复现它们（先用 mkdir -p /tmp/eeg && tar xzf ../shared/data/eegmmidb-mi-lr.tar.gz -C /tmp/eeg 解压数据）：",
  },
};

/** One run: its configuration, LSTM and baseline on held-out subjects (overall and per subject), verdict and CV. */
function RealRun({ s, title, language }: { s: SequenceMetadata; title: string; language: Language }) {
  const t = COPY[language];
  const h = s.heldOut!;
  return (
    <>
      <h3>{title}</h3>
      <p>{t.config(s)}</p>
      <ScrollRegion label={title}>
        <table data-testid="eeg-real">
          <thead>
            <tr>
              <th>{t.model}</th>
              <th>{t.accuracy}</th>
              <th>{t.aucLabel}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t.lstm(s)}</td>
              <td>{withInterval(h.lstm.accuracy)}</td>
              <td>{auc(h.lstm)}</td>
            </tr>
            <tr>
              <td>{t.baseline(s)}</td>
              <td>{withInterval(h.baseline.accuracy)}</td>
              <td>{auc(h.baseline)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion label={title}>
        <table data-testid="eeg-real-subjects">
          <thead>
            <tr>
              <th>{t.subject}</th>
              <th>LSTM</th>
              <th>{language === "en" ? "baseline" : "基线"}</th>
            </tr>
          </thead>
          <tbody>
            {h.lstm.perSubject.map((row, i) => (
              <tr key={row.subject}>
                <td>{row.subject}</td>
                <td>{withInterval(row.accuracy)}</td>
                <td>{withInterval(h.baseline.perSubject[i].accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        <strong>{t.verdict(s)}</strong>
      </p>
      {s.crossValidation && <p>{t.cv(s.crossValidation)}</p>}
    </>
  );
}

/** The real-data runs beside the demo: LSTM and linear baseline on held-out subjects, with intervals. */
export async function RealEegResults({ language }: { language: Language }) {
  const runs = (
    await Promise.all(RUNS.map(async (run, i) => ({ ...run, index: i, s: await readSequenceMetadata(run.folder) })))
  ).filter((run) => run.s?.heldOut);
  if (runs.length === 0) return null;
  const t = COPY[language];
  return (
    <>
      <p>{t.intro(runs[0].s!.dataset.subjects)}</p>
      {runs.map((run) => (
        <RealRun key={run.folder} s={run.s!} title={t.titles[run.index]} language={language} />
      ))}
      <p>{t.why}</p>
      {runs.length > 1 && <p>{t.forking}</p>}
      <p>{t.run}</p>
      <ScrollRegion
        label={language === "zh" ? "真实记录的命令" : "Commands for the real recordings"}
        className="rounded-lg bg-zinc-900"
      >
        <pre className="m-0 overflow-visible p-3 text-zinc-50">
          <code>{runs.map((run) => run.command).join("\n\n")}</code>
        </pre>
      </ScrollRegion>
    </>
  );
}
