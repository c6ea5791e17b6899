import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeBlock, CodeCompare } from "../code-compare";
import { RealEegResults } from "../eeg/real-eeg-results";
import { EegDemoResults } from "../eeg-demo-results";
import { Figure } from "../figure";
import { LearnArticle } from "../learn-article";

const TEXT_MODEL = `model = Sequential()
model.add(Embedding(5000, 32, input_length=500))
model.add(LSTM(100))
model.add(Dense(1, activation='sigmoid'))`;

const EEG_MODEL = `model = Sequential()
# no Embedding: each time step already is a vector
model.add(LSTM(100, input_shape=(time_steps, channels)))
model.add(Dense(1, activation='sigmoid'))`;

const en = (m: ModelMetadata) => ({
  intro: (
    <>
      Nothing in this model is specific to movies. It reads a sequence, step by step, and answers a yes/no question.
      Swap the sequence and the question, and the template carries over. Here is what to keep and what to change for
      EEG, for example to predict whether a participant chose an item.
    </>
  ),
  keepTitle: "What carries over unchanged",
  keep: [
    <>An LSTM reading the sequence step by step, with a number of units you choose.</>,
    <>One sigmoid neuron on top and the binary cross-entropy loss, since the question is yes/no.</>,
    <>
      Adam, batches, a seed, and a test set the model never saw. Instead of a fixed number of epochs, the template holds
      back a few training subjects as a validation set, stops when their loss has not improved for a few epochs, and
      keeps the weights of the best epoch.
    </>,
  ],
  embedTitle: "What changes: no embedding",
  embed: (
    <>
      Words are symbols, so the text model first looks each one up in an embedding table to get {m.model.embeddingDim}{" "}
      real numbers. EEG already <em>is</em> real numbers: at each time step, one voltage per electrode. So yes, EEG
      becomes vectors without any lookup: a trial is a table of time steps × channels, one vector of channel voltages
      per time step, and goes straight into the LSTM. The input shape replaces the vocabulary.
    </>
  ),
  text: "Text: word indices → Embedding → LSTM",
  eeg: "EEG: time steps × channels → LSTM",
  sideBySide: "The same Keras template, for text and for EEG: only the input end changes.",
  cleanTitle: "Clean the signal before training",
  clean: [
    <>
      <strong>Filter.</strong> A high-pass removes slow drift; a low-pass removes fast noise; a notch at 50 or 60 Hz
      removes mains interference. Muscle activity spreads over 20–300 Hz and overlaps the EEG, so a low-pass at 30–40 Hz{" "}
      <em>reduces</em> muscle noise but does not remove it. The high-pass edge depends on what you look for: 1 Hz suits
      oscillations and short responses, but it distorts slow event-related potentials (ERPs) such as the P300, so ERP
      work usually high-passes at about 0.1 Hz. This template&apos;s default, <code>--band 1,30</code>, is the
      oscillation setting: for ERP work pass <code>--band 0.1,30</code> (the motor-imagery runs below use{" "}
      <code>--band 7,30</code>, the mu and beta rhythms). Either edge can be left out (<code>--band 0,30</code> is a
      low-pass only, <code>--band 0.1,</code> a high-pass only).
    </>,
    <>
      <strong>Re-reference.</strong> Every EEG voltage is measured against a reference electrode. The average reference
      subtracts, at each moment, the mean of all electrodes. It approximates a neutral reference only with many
      electrodes (32 or more) spread evenly over the head; with a handful of channels it mixes each channel into all the
      others. Columns that are not scalp EEG (a time column, a trigger channel, eye or heart channels) must be left out
      first, or they enter the average: the template drops them and says so.
    </>,
    <>
      <strong>Reject or correct artefacts.</strong> Blinks and eye movements produce large slow deflections at the front
      electrodes; jaw and neck muscles add high-frequency bursts; a loose electrode is noisy in every trial. Either drop
      trials whose peak-to-peak amplitude exceeds a threshold (often 100–150 µV), or correct them, for example by
      removing eye components found with independent component analysis (ICA). The template reports, per subject, flat
      or noisy channels and how many trials each channel caused to be rejected, so one broken electrode does not
      silently cost a subject most of their trials.
    </>,
  ],
  shapeTitle: "Shape the data into trials",
  shape: [
    <>
      <strong>Epoch around events.</strong> Cut a fixed window around each event marker, say from 200 ms before to 800
      ms after the item appears, plus a margin on both sides for the filters, and subtract each channel&apos;s mean over
      the part before the event (baseline correction). Each window is one sequence, and its label is what happened:
      chose or did not choose.
    </>,
    <>
      <strong>Keep sequences short.</strong> LSTMs forget over very long sequences. One second at 512 Hz is 512 steps,
      about as long as our {m.model.maxLen}-token reviews; downsampling to 128 Hz leaves 128. Low-pass first, below half
      the new rate (here 64 Hz), or faster waves fold into slower ones (aliasing): the template refuses to downsample
      without such a low-pass.
    </>,
    <>
      <strong>Normalise per channel</strong> with means and spreads computed on the training trials only.
    </>,
    <>
      <strong>Split by subject.</strong> Trials from one person resemble each other. If a subject has trials in both
      training and test sets, the test score flatters the model. Put whole subjects in the test set, and in the
      validation set too.
    </>,
    <>
      <strong>Check the balance.</strong> If &ldquo;chose&rdquo; is rarer than &ldquo;did not&rdquo;, accuracy misleads;
      watch ROC AUC as well, as the evaluation page does.
    </>,
    <>
      <strong>Compare with a simple model.</strong> The template always trains an L2-regularised logistic regression on
      time-window means beside the LSTM, on the same subjects, and prints both with 95% intervals. If the LSTM loses, it
      says so.
    </>,
  ],
  markersTitle: "Where the labels are: event markers",
  markers: [
    <>
      <strong>The recording holds markers, not answers.</strong> While recording, the experiment program sends a short
      code to the amplifier at each event (an image appears, a key is pressed). These codes are stored with the data: as
      annotations in EDF+ (the real example below has <code>T0</code>, <code>T1</code>, <code>T2</code>), as a trigger
      or <code>Status</code> channel in BDF, as a <code>.vmrk</code> file in BrainVision, as <code>EEG.event</code> in
      EEGLAB, or as a <code>*_events.tsv</code> beside each recording in BIDS.
    </>,
    <>
      <strong>The paper says what each code means.</strong> Look for its trigger (event) table: e.g. &ldquo;T1 = onset
      of imagined left fist&rdquo; (this dataset&apos;s real table), or, in a food-choice study (an invented example,
      not a real code table), &ldquo;11 = food image shown, 21 = chose it, 22 = rejected it&rdquo;. List the markers a
      file really has (<code>python python/export_trials.py FILE --list-events</code>, or the log line{" "}
      <code>npm run train-sequences</code> prints per file) and match them against that table before anything else.
    </>,
    <>
      <strong>A choice may live in a behavioural log.</strong> Often the EEG only marks &ldquo;image shown&rdquo;, and
      each choice is in a separate file from the task program (one row per trial). Then join the two by trial order or
      trial number: check that the log has as many rows as the recording has &ldquo;image shown&rdquo; markers, put each
      row&apos;s choice into a column of the BIDS <code>events.tsv</code>, and pick that column with{" "}
      <code>--events-column choice --events apple=0,cake=1</code>. docs/eeg-template.md walks through it.
    </>,
    <>
      <strong>Then cut trials:</strong>{" "}
      <code>npm run train-sequences -- --data recordings/ --events T1=0,T2=1 --window 0,3</code> reads EDF, EDF+ and BDF
      files (a folder of them), takes the subject from the file name or the BIDS <code>sub-</code> entity, and cuts one
      trial per chosen marker. From any other format, <code>python/export_trials.py</code> (MNE-Python) writes the same
      trial file.
    </>,
  ],
  codeTitle: "The cleaning in this project's code",
  code: (
    <>
      The same steps, as the sequence template in <code>scripts/lib/eeg/</code> runs them on every trial, and then
      across trials:
    </>
  ),
  demoTitle: "The template on demo EEG",
  realTitle: "The template on real EEG",
  paperTitle: "What the dataset's paper should tell you",
  paper: [
    <>
      The recording: the amplifier, sampling rate, number and positions of electrodes, reference electrode, and units
      (usually µV; MNE-Python works in volts).
    </>,
    <>
      The task: what participants saw and did, when the event markers were sent, and how each label was defined (the
      trigger table).
    </>,
    <>How many subjects, sessions and trials per class, and which subjects or trials were excluded and why.</>,
    <>
      What was done to the raw data before sharing: a dataset paper usually shares the raw recordings and describes a
      pipeline for its own analysis (filters and cut-offs, reference, artefact rejection or ICA, epoching,
      downsampling), sometimes sharing the preprocessed version too. Read which version you downloaded.
    </>,
  ],
  questionsTitle: "Your questions about EEG, answered",
  questions: [
    [
      <>Can EEG become vectors, like words?</>,
      <>
        It already is: each time step is a vector of one voltage per channel, so no embedding is needed. A trial is a
        sequence of such vectors. For motor imagery a better vector is the band power in a short window, one number per
        spatial filter: the real-data section below shows such a sequence and how the LSTM does on it compared with raw
        voltages.
      </>,
    ],
    [
      <>Can artefacts and interference be removed?</>,
      <>
        Partly. Mains interference is narrow-band and a notch filter removes it well. Drift is removed by a high-pass.
        Blinks and muscle overlap the brain signal in time and frequency, so filters only reduce them; you either drop
        contaminated trials (peak-to-peak rejection, as here) or subtract their components (ICA), which needs care and
        leaves some behind. Treat &ldquo;cleaned&rdquo; as &ldquo;less contaminated&rdquo;.
      </>,
    ],
    [
      <>How does a dataset paper handle its raw data?</>,
      <>
        Its methods section lists the pipeline in order: filtering, re-referencing, bad-channel handling, artefact
        rejection or correction, epoching and baseline, downsampling. Reproduce that order with this template&apos;s
        flags, or note where you differ.
      </>,
    ],
    [
      <>Where is my label (e.g. a food choice) in the recorded data?</>,
      <>
        In the event markers, decoded by the paper&apos;s trigger table, or in a behavioural log that you join to the
        markers (see &ldquo;Where the labels are&rdquo; above). The voltages themselves carry no labels.
      </>,
    ],
    [
      <>What if the data are already preprocessed?</>,
      <>
        Do not repeat what was done: turn off the steps already applied (<code>--notch none</code>,{" "}
        <code>--band none</code> or only the missing edge, <code>--reference as-recorded</code>,{" "}
        <code>--baseline none</code>), keep the z-scoring and the subject split, and check the units (MNE exports volts;
        the template refuses values that look like volts). If trials were cut without a margin, there is nothing to crop
        after filtering: the template then keeps whole trials and says so.
      </>,
    ],
  ],
  caution: (
    <>
      The architecture is the easy part. With EEG, most of the accuracy, and most of the ways to fool yourself, are in
      the cleaning and in how trials are split.
    </>
  ),
});

const zh: typeof en = (m) => ({
  intro: (
    <>
      这个模型里没有任何东西是专门针对电影的。它一步一步读一个序列，然后回答一个二分类问题。换掉序列和问题，这个模板依然适用。下面以脑电（EEG）为例，比如预测被试是否选择了某个选项，说明哪些可以保留、哪些需要改变。
    </>
  ),
  keepTitle: "原样保留的部分",
  keep: [
    <>一个逐步读取序列的 LSTM，单元数由你来定。</>,
    <>顶上一个 sigmoid 神经元，配二元交叉熵损失，因为问题是“是”或“否”。</>,
    <>
      Adam、分批、随机种子，以及一个模型从未见过的测试集。模板不固定训练轮数，而是从训练被试中留出几位作为验证集：他们的损失连续几轮不再下降就停止，并保留最好那一轮的权重。
    </>,
  ],
  embedTitle: "需要改变的：不要嵌入层",
  embed: (
    <>
      词是符号，所以文本模型先在嵌入表里查出每个词的 {m.model.embeddingDim} 个实数。脑电本身<em>就是</em>
      实数：每个时间步上，每个电极一个电压值。所以脑电不用查表就已经是向量：一个试次（trial）就是一张“时间步 ×
      通道”的表，每个时间步一个由各通道电压组成的向量，直接送进 LSTM。输入形状取代了词汇表。
    </>
  ),
  text: "文本：词元索引 → 嵌入层 → LSTM",
  eeg: "脑电：时间步 × 通道 → LSTM",
  sideBySide: "同一个 Keras 模板，分别用于文本和脑电：只有输入端不同。",
  cleanTitle: "训练前先清理信号",
  clean: [
    <>
      <strong>滤波（filtering）。</strong>高通滤波去掉缓慢漂移；低通滤波去掉快速噪声；50 或 60 Hz 的陷波滤波（notch
      filter）去掉工频干扰。肌电分布在 20–300 Hz，与脑电的频率重叠，所以 30–40 Hz 的低通只能<em>减弱</em>
      肌电噪声，而不能去除它。高通的截止频率取决于你要看什么：1 Hz 适合振荡和短暂的反应，但会使 P300
      这类缓慢的事件相关电位（ERP）变形，所以 ERP 研究通常在约 0.1 Hz 做高通。本模板的默认值 <code>--band 1,30</code>{" "}
      是针对振荡的设置：做 ERP 研究请用 <code>--band 0.1,30</code>（下面的运动想象运行用 <code>--band 7,30</code>，即 mu
      和 beta 节律）。也可以只用一边（<code>--band 0,30</code> 只做低通，
      <code>--band 0.1,</code> 只做高通）。
    </>,
    <>
      <strong>重参考（re-referencing）。</strong>
      脑电电压都是相对某个参考电极测得的。平均参考在每个时刻减去所有电极的平均值。只有在电极很多（32
      个或更多）且均匀分布于头皮时，它才近似一个中性的参考；只有几个通道时，它会把每个通道混进其他所有通道。不是头皮脑电的列（时间列、触发通道、眼电或心电通道）必须先去掉，否则会进入平均值：模板会去掉它们并加以说明。
    </>,
    <>
      <strong>剔除或校正伪迹（artefact，也常称伪影）。</strong>
      眨眼和眼动会在前额电极上产生幅度很大的缓慢偏转；下颌和颈部肌肉会带来高频的突发噪声；松动的电极在每个试次里都很嘈杂。要么剔除峰峰值（peak-to-peak）超过阈值（常用
      100–150
      µV）的试次，要么加以校正，例如用独立成分分析（ICA）找出眼动成分并去掉。模板会按被试报告平坦或嘈杂的通道，以及每个通道导致了多少试次被剔除，这样一个坏电极就不会悄悄让某位被试损失大部分试次。
    </>,
  ],
  shapeTitle: "把数据整理成试次",
  shape: [
    <>
      <strong>围绕事件分段（epoching）。</strong>在每个事件标记周围截取固定的时间窗，比如从选项出现前 200 毫秒到出现后
      800 毫秒，两边再各留一段给滤波器用的余量，并减去每个通道在事件之前那段的均值（基线校正，baseline
      correction）。每个时间窗是一个序列，它的标签就是发生了什么：选了，或没选。
    </>,
    <>
      <strong>让序列保持简短。</strong>LSTM 在很长的序列上会遗忘。以 512 Hz 采样，一秒就是 512 步，和我们{" "}
      {m.model.maxLen} 个词元的影评差不多长；降采样到 128 Hz 后只剩 128
      步。降采样之前要先做低通，截止频率低于新采样率的一半（这里是 64
      Hz），否则较快的波会折叠成较慢的波（混叠，aliasing）：没有这样的低通，模板拒绝降采样。
    </>,
    <>
      <strong>按通道标准化</strong>，均值和离散程度只用训练集的试次来计算。
    </>,
    <>
      <strong>按被试划分数据。</strong>
      同一个人的试次彼此相似。如果某位被试的试次同时出现在训练集和测试集里，测试分数就会虚高。要把整个被试放进测试集，验证集也一样。
    </>,
    <>
      <strong>检查类别是否平衡。</strong>如果“选了”比“没选”少得多，准确率就会误导人；还要看 ROC
      AUC，就像评估那一页一样。
    </>,
    <>
      <strong>和简单模型比较。</strong>模板总会在同样的被试上，在 LSTM 旁边训练一个以时间窗均值为特征的 L2
      正则化逻辑回归，并给出两者带 95% 区间的结果。如果 LSTM 输了，它会直说。
    </>,
  ],
  markersTitle: "标签在哪里：事件标记",
  markers: [
    <>
      <strong>记录里存的是标记，不是答案。</strong>
      记录时，实验程序在每个事件（图片出现、按键）发生时向放大器发送一个短代码。这些代码和数据存在一起：EDF+
      里是注释（下面的真实例子有 <code>T0</code>、<code>T1</code>、<code>T2</code>），BDF 里是触发通道或{" "}
      <code>Status</code> 通道，BrainVision 里是 <code>.vmrk</code> 文件，EEGLAB 里是 <code>EEG.event</code>，BIDS
      里是每个记录旁边的 <code>*_events.tsv</code>。
    </>,
    <>
      <strong>论文会说明每个代码的含义。</strong>找它的触发（事件）表：例如“T1 =
      想象左手开始”，（这个数据集真实的表），或者在一项食物选择研究里（这是编造的例子，不是真实的代码表）“11 =
      呈现食物图片，21 = 选择，22 = 拒绝”。先列出文件里实际有哪些标记（
      <code>python python/export_trials.py 文件 --list-events</code>，或 <code>npm run train-sequences</code>{" "}
      对每个文件打印的那一行），再和这张表逐一对照。
    </>,
    <>
      <strong>选择可能记在行为日志里。</strong>
      脑电里常常只标记了“图片出现”，而每次的选择记在任务程序另存的文件里（每个试次一行）。这时按试次顺序或试次编号把两者对上：先确认日志的行数与记录中“图片出现”标记的个数相同，再把每行的选择写进
      BIDS <code>events.tsv</code> 的一列，用 <code>--events-column choice --events apple=0,cake=1</code>{" "}
      选中这一列。docs/eeg-template.md 有逐步说明。
    </>,
    <>
      <strong>然后切分试次：</strong>
      <code>npm run train-sequences -- --data recordings/ --events T1=0,T2=1 --window 0,3</code> 读取 EDF、EDF+ 和 BDF
      文件（可以是一个文件夹），从文件名或 BIDS 的 <code>sub-</code>{" "}
      字段得到被试，并为每个选中的标记切出一个试次。其他格式可以用 <code>python/export_trials.py</code>
      （MNE-Python）写出同样的试次文件。
    </>,
  ],
  codeTitle: "本项目代码里的清理步骤",
  code: (
    <>
      同样的步骤，在 <code>scripts/lib/eeg/</code> 的序列模板里是这样对每个试次、再跨试次执行的：
    </>
  ),
  demoTitle: "在演示脑电数据上运行这个模板",
  realTitle: "在真实脑电数据上运行这个模板",
  paperTitle: "数据集的论文应当告诉你什么",
  paper: [
    <>记录方式：放大器、采样率、电极的数量和位置、参考电极，以及单位（通常是 µV；MNE-Python 内部用伏特）。</>,
    <>任务：被试看到了什么、做了什么，事件标记在何时发送，每个标签是怎样定义的（触发表）。</>,
    <>有多少被试、多少次记录（session）、每类多少试次，以及排除了哪些被试或试次、原因是什么。</>,
    <>
      公开之前对原始数据做了什么：数据集论文通常公开原始记录，并描述它自己分析时用的流程（滤波器和截止频率、参考方式、伪迹剔除或
      ICA、分段、降采样），有时也同时公开预处理后的版本。要弄清你下载的是哪一个版本。
    </>,
  ],
  questionsTitle: "关于脑电，你的问题",
  questions: [
    [
      <>脑电能像词一样变成向量吗？</>,
      <>
        它本来就是：每个时间步是一个向量，每个通道一个电压值，所以不需要嵌入层。一个试次就是这样一串向量。对运动想象来说，更好的向量是短时间窗内的频带功率，每个空间滤波器一个数：下面的真实数据部分展示了这样的序列，以及
        LSTM 读它和读原始电压时的表现。
      </>,
    ],
    [
      <>伪迹和干扰能去除吗？</>,
      <>
        只能部分去除。工频干扰频带很窄，陷波滤波能很好地去掉它；漂移用高通去掉。眨眼和肌电在时间和频率上都与脑信号重叠，滤波只能减弱它们；要么剔除受污染的试次（像这里的峰峰值剔除），要么减去它们的成分（ICA），这需要小心，而且总会有残留。把“清理过”理解为“污染更少”。
      </>,
    ],
    [
      <>数据集论文是怎样处理原始数据的？</>,
      <>
        方法部分会按顺序列出流程：滤波、重参考、坏通道处理、伪迹剔除或校正、分段和基线、降采样。用本模板的参数按同样顺序复现，或者记下你在哪里做法不同。
      </>,
    ],
    [
      <>我的标签（例如食物选择）在记录数据的哪里？</>,
      <>
        在事件标记里，用论文的触发表解读；或者在行为日志里，需要你把它和标记对上（见上面的“标签在哪里”）。电压本身不带标签。
      </>,
    ],
    [
      <>如果数据已经预处理过了怎么办？</>,
      <>
        不要重复已经做过的步骤：关掉已做过的处理（<code>--notch none</code>、<code>--band none</code>{" "}
        或只补上缺的那一边、<code>--reference as-recorded</code>、<code>--baseline none</code>
        ），保留标准化和按被试划分，并检查单位（MNE
        导出的是伏特；模板会拒绝看起来是伏特的数值）。如果试次切分时没有留余量，滤波后就没有可裁掉的部分：模板会保留整个试次并加以说明。
      </>,
    ],
  ],
  caution: (
    <>模型结构是最容易的部分。对脑电来说，大部分准确率，以及大部分自欺欺人的陷阱，都藏在数据清理和试次划分里。</>
  ),
});

export default function YourOwnSequencesPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="your-own-sequences">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.keepTitle}</h2>
            <ul>
              {t.keep.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2>{t.embedTitle}</h2>
            <p>{t.embed}</p>
            <Figure caption={t.sideBySide}>
              <div className="grid gap-3 lg:-mx-32 lg:grid-cols-2">
                <CodeBlock label={t.text} code={TEXT_MODEL} lang="python" />
                <CodeBlock label={t.eeg} code={EEG_MODEL} lang="python" />
              </div>
            </Figure>
            <CodeCompare
              language={language}
              keras="model.add(LSTM(100, input_shape=(time_steps, channels)))"
              file="scripts/lib/eeg/sequence-model.ts"
              from="export function buildSequenceModel("
              to="return model;"
            />
            <h2>{t.cleanTitle}</h2>
            <ul>
              {t.clean.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2>{t.shapeTitle}</h2>
            <ul>
              {t.shape.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2>{t.markersTitle}</h2>
            <ul>
              {t.markers.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2>{t.codeTitle}</h2>
            <p>{t.code}</p>
            <CodeCompare
              language={language}
              file="scripts/lib/eeg/preprocessing.ts"
              from="let result = mapChannels("
              to="return result.filter("
            />
            <CodeCompare
              language={language}
              file="scripts/lib/eeg/sequence-experiment.ts"
              from="const normalization = channelStatistics("
              to="const baselineProbabilities = predictLogistic("
            />
            <h2>{t.demoTitle}</h2>
            <EegDemoResults language={language} />
            <h2>{t.realTitle}</h2>
            <RealEegResults language={language} />
            <h2>{t.paperTitle}</h2>
            <ul>
              {t.paper.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <h2>{t.questionsTitle}</h2>
            <dl>
              {t.questions.map(([question, answer], i) => (
                <div key={i}>
                  <dt>
                    <strong>{question}</strong>
                  </dt>
                  <dd>{answer}</dd>
                </div>
              ))}
            </dl>
            <Callout kind="warning">
              <p>{t.caution}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
