import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeBlock, CodeCompare } from "../code-compare";
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
  intro: <>Nothing in this model is specific to movies. It reads a sequence, step by step, and answers a yes/no question. Swap the sequence and the question, and the template carries over. Here is what to keep and what to change for EEG, for example to predict whether a participant chose an item.</>,
  keepTitle: "What carries over unchanged",
  keep: [
    <>An LSTM reading the sequence step by step, with a number of units you choose.</>,
    <>One sigmoid neuron on top and the binary cross-entropy loss, since the question is yes/no.</>,
    <>Adam, batches, a few epochs, a seed, a validation split to decide when to stop, and a test set the model never saw.</>,
  ],
  embedTitle: "What changes: no embedding",
  embed: <>Words are symbols, so the text model first looks each one up in an embedding table to get {m.model.embeddingDim} real numbers. EEG already <em>is</em> real numbers: at each time step, one voltage per electrode. A trial is a table of time steps × channels and goes straight into the LSTM. The input shape replaces the vocabulary.</>,
  text: "Text: word indices → Embedding → LSTM",
  eeg: "EEG: time steps × channels → LSTM",
  sideBySide: "The same Keras template, for text and for EEG: only the input end changes.",
  cleanTitle: "Clean the signal before training",
  clean: [
    <><strong>Filter.</strong> A band-pass filter (for example 1–30 Hz, or up to 40 Hz) removes slow drift and high-frequency muscle noise; a notch filter at 50 or 60 Hz removes mains interference.</>,
    <><strong>Re-reference.</strong> Every EEG voltage is measured against a reference electrode. Re-referencing, for example to the average of all electrodes, makes channels comparable and removes noise they share.</>,
    <><strong>Reject or correct artefacts.</strong> Blinks and eye movements produce large slow deflections at the front electrodes; jaw and neck muscles add high-frequency bursts. Either drop trials whose peak-to-peak amplitude exceeds a threshold (often 100–150 µV), or correct them, for example by removing eye components found with independent component analysis (ICA).</>,
  ],
  shapeTitle: "Shape the data into trials",
  shape: [
    <><strong>Epoch around events.</strong> Cut a fixed window around each event marker, say from 200 ms before to 800 ms after the item appears, and subtract each channel&apos;s mean over the part before the event (baseline correction). Each window is one sequence, and its label is what happened: chose or did not choose.</>,
    <><strong>Keep sequences short.</strong> LSTMs forget over very long sequences. One second at 512 Hz is 512 steps, about as long as our {m.model.maxLen}-token reviews; downsampling to 128 Hz leaves 128.</>,
    <><strong>Normalise per channel</strong> with means and spreads computed on the training trials only.</>,
    <><strong>Split by subject.</strong> Trials from one person resemble each other. If a subject has trials in both training and test sets, the test score flatters the model. Put whole subjects in the test set, and in the validation set too.</>,
    <><strong>Check the balance.</strong> If &ldquo;chose&rdquo; is rarer than &ldquo;did not&rdquo;, accuracy misleads; watch ROC AUC as well, as the evaluation page does.</>,
  ],
  paperTitle: "What the dataset's paper should tell you",
  paper: [
    <>The recording: the amplifier, sampling rate, number and positions of electrodes, reference electrode, and units (usually µV).</>,
    <>The task: what participants saw and did, when the event markers were sent, and how each label was defined.</>,
    <>How many subjects, sessions and trials per class, and which subjects or trials were excluded and why.</>,
    <>Whether the shared files are raw or preprocessed, and if preprocessed, exactly how: filter type and cut-offs, reference, artefact rejection method and thresholds, ICA components removed, downsampling. Do not filter twice, and do not assume artefacts were removed.</>,
  ],
  codeTitle: "The cleaning in this project's code",
  code: <>The same steps, as the sequence template in <code>lib/eeg/</code> runs them on every trial, and then across trials:</>,
  demoTitle: "The template on demo EEG",
  caution: <>The architecture is the easy part. With EEG, most of the accuracy, and most of the ways to fool yourself, are in the cleaning and in how trials are split.</>,
});

const zh: typeof en = (m) => ({
  intro: <>这个模型里没有任何东西是专门针对电影的。它一步一步读一个序列，然后回答一个是非题。换掉序列和问题，这个模板依然适用。下面以脑电（EEG）为例，比如预测受试者是否选择了某个选项，说明哪些可以保留、哪些需要改变。</>,
  keepTitle: "原样保留的部分",
  keep: [
    <>一个逐步读取序列的 LSTM，单元数由你来定。</>,
    <>顶上一个 sigmoid 神经元，配二元交叉熵损失，因为问题是“是”或“否”。</>,
    <>Adam、分批、几轮训练、随机种子、用来决定何时停止的验证集，以及一个模型从未见过的测试集。</>,
  ],
  embedTitle: "需要改变的：不要嵌入层",
  embed: <>词是符号，所以文本模型先在嵌入表里查出每个词的 {m.model.embeddingDim} 个实数。脑电本身<em>就是</em>实数：每个时间步上，每个电极一个电压值。一个试次（trial）就是一张“时间步 × 通道”的表，直接送进 LSTM。输入形状取代了词汇表。</>,
  text: "文本：词索引 → 嵌入层 → LSTM",
  eeg: "脑电：时间步 × 通道 → LSTM",
  sideBySide: "同一个 Keras 模板，分别用于文本和脑电：只有输入端不同。",
  cleanTitle: "训练前先清理信号",
  clean: [
    <><strong>滤波（filtering）。</strong>带通滤波（例如 1–30 Hz，或上限 40 Hz）去掉缓慢漂移和高频的肌电噪声；50 或 60 Hz 的陷波滤波（notch filter）去掉工频干扰。</>,
    <><strong>重参考（re-referencing）。</strong>脑电电压都是相对某个参考电极测得的。重参考（例如改用所有电极的平均值作参考）让各通道可以相互比较，并去掉它们共有的噪声。</>,
    <><strong>剔除或校正伪迹（artefact）。</strong>眨眼和眼动会在前额电极上产生幅度很大的缓慢偏转；下颌和颈部肌肉会带来高频的突发噪声。要么剔除峰峰值（peak-to-peak）超过阈值（常用 100–150 µV）的试次，要么加以校正，例如用独立成分分析（ICA）找出眼动成分并去掉。</>,
  ],
  shapeTitle: "把数据整理成试次",
  shape: [
    <><strong>围绕事件分段（epoching）。</strong>在每个事件标记周围截取固定的时间窗，比如从选项出现前 200 毫秒到出现后 800 毫秒，并减去每个通道在事件之前那段的均值（基线校正，baseline correction）。每个时间窗是一个序列，它的标签就是发生了什么：选了，或没选。</>,
    <><strong>让序列保持简短。</strong>LSTM 在很长的序列上会遗忘。以 512 Hz 采样，一秒就是 512 步，和我们 {m.model.maxLen} 个词的评论差不多长；降采样到 128 Hz 后只剩 128 步。</>,
    <><strong>按通道标准化</strong>，均值和离散程度只用训练集的试次来计算。</>,
    <><strong>按受试者划分数据。</strong>同一个人的试次彼此相似。如果某位受试者的试次同时出现在训练集和测试集里，测试分数就会虚高。要把整个受试者放进测试集，验证集也一样。</>,
    <><strong>检查类别是否平衡。</strong>如果“选了”比“没选”少得多，准确率就会误导人；还要看 ROC AUC，就像评估那一页一样。</>,
  ],
  paperTitle: "数据集的论文应当告诉你什么",
  paper: [
    <>记录方式：放大器、采样率、电极的数量和位置、参考电极，以及单位（通常是 µV）。</>,
    <>任务：受试者看到了什么、做了什么，事件标记在何时发送，每个标签是怎样定义的。</>,
    <>有多少受试者、多少次记录（session）、每类多少试次，以及排除了哪些受试者或试次、原因是什么。</>,
    <>公开的文件是原始数据还是预处理过的；如果是预处理过的，具体怎么做的：滤波器类型和截止频率、参考方式、伪迹剔除的方法和阈值、去掉了哪些 ICA 成分、是否降采样。不要重复滤波，也不要想当然地认为伪迹已经去除。</>,
  ],
  codeTitle: "本项目代码里的清理步骤",
  code: <>同样的步骤，在 <code>lib/eeg/</code> 的序列模板里是这样对每个试次、再跨试次执行的：</>,
  demoTitle: "在演示脑电数据上运行这个模板",
  caution: <>模型结构是最容易的部分。对脑电来说，大部分准确率，以及大部分自欺欺人的陷阱，都藏在数据清理和试次划分里。</>,
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
            <ul>{t.keep.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <h2>{t.embedTitle}</h2>
            <p>{t.embed}</p>
            <Figure caption={t.sideBySide}>
              <div className="grid gap-3 lg:-mx-32 lg:grid-cols-2">
                <CodeBlock label={t.text} code={TEXT_MODEL} lang="python" />
                <CodeBlock label={t.eeg} code={EEG_MODEL} lang="python" />
              </div>
            </Figure>
            <CodeCompare language={language} keras="model.add(LSTM(100, input_shape=(time_steps, channels)))" file="lib/eeg/sequence-model.ts" from="export function buildSequenceModel(" to="return model;" />
            <h2>{t.cleanTitle}</h2>
            <ul>{t.clean.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <h2>{t.shapeTitle}</h2>
            <ul>{t.shape.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <h2>{t.codeTitle}</h2>
            <p>{t.code}</p>
            <CodeCompare language={language} file="lib/eeg/preprocessing.ts" from="let result = mapChannels(" to="return result.filter(" />
            <CodeCompare language={language} file="scripts/train-sequences.ts" from="const prepared = file.trials.map(" to="const normalization = channelStatistics(" />
            <h2>{t.demoTitle}</h2>
            <EegDemoResults language={language} />
            <h2>{t.paperTitle}</h2>
            <ul>{t.paper.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <Callout kind="warning">
              <p>{t.caution}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
