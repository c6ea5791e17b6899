import Link from "next/link";
import type { ReactNode } from "react";
import type { ModelMetadata } from "@/lib/metadata";
import { type Language, LEARN_PAGES, learnPath } from "@/lib/site";
import { CodeBlock } from "../code-compare";
import { LearnArticle } from "../learn-article";

const LOAD_DATA = `from keras.datasets import imdb
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=5000)
print(len(X_train), len(X_test))   # 25000 25000
print(X_train[0][:10], y_train[0]) # the first review's first 10 indices, its label`;

const EMBEDDING = `import numpy as np
import keras
embedding = keras.layers.Embedding(input_dim=5000, output_dim=32)
x = np.random.randint(0, 5000, size=(2, 500))  # (batch, 500) word indices
print(embedding(x).shape)                       # (2, 500, 32)`;

const LOG_LOSS = `import numpy as np
import keras
y_true = np.array([[1.0], [0.0]])
y_pred = np.array([[0.9], [0.9]])
print(keras.losses.binary_crossentropy(y_true, y_pred))  # [0.105 2.303]`;

const SETTINGS = `top_words = 5000                                   # keep the 5,000 most frequent word indices
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)
X_train = sequence.pad_sequences(X_train, maxlen=500) # pad or cut every review to 500
model.add(Embedding(top_words, 32))                   # 32 numbers per word`;

interface Question {
  id: string;
  question: string;
  answer: ReactNode;
  code?: string;
  /** The page that goes further. */
  page: string;
}

const en = (m: ModelMetadata): Question[] => [
  {
    id: "training-testing",
    question: "What is the difference between training and testing, and which comes first?",
    page: "training-vs-testing",
    answer: (
      <>
        Training (<code>model.fit</code>) changes the weights using labelled reviews; testing (
        <code>model.evaluate</code>) only measures the finished model on other reviews. Train first, then test once.
      </>
    ),
  },
  {
    id: "load-data",
    question:
      "How do I call imdb.load_data in a small script, and what does (X_train, y_train), (X_test, y_test) = … do?",
    page: "imdb-dataset",
    code: LOAD_DATA,
    answer: (
      <>
        <code>load_data</code> returns two pairs, and that line unpacks them into four names: the training reviews
        (lists of word indices) and their 0/1 labels, then the test reviews and theirs. It downloads the data once, then
        reads it from a cache.
      </>
    ),
  },
  {
    id: "real-vector-domain",
    question: "What is a “real vector domain”?",
    page: "word-embeddings",
    answer: (
      <>
        The space of lists of real numbers of one length, here ℝ<sup>{m.model.embeddingDim}</sup>. The embedding turns
        each word into one such list, so a review becomes a sequence of vectors.
      </>
    ),
  },
  {
    id: "embedding-shapes",
    question: "What does a minimal Embedding example look like, with its shapes?",
    page: "word-embeddings",
    code: EMBEDDING,
    answer: (
      <>
        Integers in, vectors out: a batch of padded reviews <code>(batch, 500)</code> becomes{" "}
        <code>(batch, 500, 32)</code>, one row of 32 numbers per position.
      </>
    ),
  },
  {
    id: "which-line",
    question: "Which line keeps the top 5,000 words, makes 32-number vectors, and pads or cuts to 500?",
    page: "vocabulary",
    code: SETTINGS,
    answer: (
      <>
        <code>num_words=top_words</code> in <code>load_data</code> (
        <Link href={learnPath("en", "vocabulary")}>vocabulary</Link>), <code>Embedding(top_words, 32)</code> (
        <Link href={learnPath("en", "word-embeddings")}>embeddings</Link>), <code>pad_sequences(…, maxlen=500)</code> (
        <Link href={learnPath("en", "padding-truncation")}>padding</Link>).
      </>
    ),
  },
  {
    id: "seed",
    question: "Why fix a random seed, and why 7?",
    page: "random-seed",
    answer: (
      <>
        So a second run starts from the same weights and shuffles the same way, and gives the same model. 7 is
        arbitrary; any integer works. <code>tf.random.set_seed</code> seeds TensorFlow only;{" "}
        <code>keras.utils.set_random_seed</code> also seeds Python and NumPy.
      </>
    ),
  },
  {
    id: "pad-sequences",
    question: "Where does sequence.pad_sequences come from?",
    page: "padding-truncation",
    answer: (
      <>
        From Keras&apos;s preprocessing module: <code>from tensorflow.keras.preprocessing import sequence</code> in the
        tutorial, <code>keras.utils.pad_sequences</code> in Keras 3.
      </>
    ),
  },
  {
    id: "units",
    question: "Are the 100 memory units built in, or the coder's choice? Where are they set?",
    page: "lstm",
    answer: (
      <>
        The coder&apos;s choice, set by the number in <code>LSTM(100)</code>: the length of the cell and hidden states.
        32 or 256 would also run; more units mean more weights to learn.
      </>
    ),
  },
  {
    id: "one-sigmoid",
    question: "Why one sigmoid neuron in the Dense output?",
    page: "sigmoid-output",
    answer: (
      <>
        Two classes need one number: P(positive) = <var>p</var>, P(negative) = 1 − <var>p</var>. The sigmoid squashes
        the neuron&apos;s sum into a probability between 0 and 1.
      </>
    ),
  },
  {
    id: "log-loss",
    question: "What is log loss, and how do I try binary_crossentropy?",
    page: "log-loss",
    code: LOG_LOSS,
    answer: (
      <>
        The negative log of the probability the model gave to the right answer, averaged over the reviews: 0.105 for a
        right answer at 0.9, 2.303 for a wrong one.
      </>
    ),
  },
  {
    id: "adam",
    question: "What is Adam?",
    page: "adam",
    answer: (
      <>
        An optimizer: gradient descent with momentum, a step size per weight and bias correction (Kingma &amp; Ba,
        2015). Its defaults (learning rate 0.001) are what the tutorial uses.
      </>
    ),
  },
  {
    id: "epochs-batch",
    question: "Why 2–3 epochs and batches of 64 (“space out the weight updates”)?",
    page: "epochs-batches",
    answer: (
      <>
        An epoch is one pass over the training reviews; the weights change once per batch of 64, averaging 64
        reviews&apos; gradients: {Math.ceil(m.training.trainExamples / m.training.batchSize)} updates per epoch here.
        The tutorial&apos;s prose says 2 epochs, its code 3; our validation run was still improving at 4.
      </>
    ),
  },
  {
    id: "unseen",
    question: "Why evaluate on reviews the model has not seen?",
    page: "evaluation",
    answer: (
      <>
        A model can partly memorise its training reviews. Only new reviews show whether what it learned carries over,
        which is what you need when it reads your review.
      </>
    ),
  },
  {
    id: "eeg-template",
    question: "How do I apply this template to EEG?",
    page: "your-own-sequences",
    answer: (
      <>
        Drop the embedding: an EEG trial is already numbers, a table of time steps × channels. Start the model with{" "}
        <code>keras.Input(shape=(time_steps, channels))</code>, then <code>LSTM(units)</code>, and keep{" "}
        <code>Dense(1, sigmoid)</code> for a two-class label.
      </>
    ),
  },
  {
    id: "eeg-vectors",
    question: "Can EEG become vectors?",
    page: "your-own-sequences",
    answer: (
      <>
        It already is: at each time step the channels&apos; voltages form one vector, as a word&apos;s 32 embedding
        numbers do. A trial of 500 samples from 64 channels is <code>(500, 64)</code>, the shape the LSTM reads.
      </>
    ),
  },
  {
    id: "eeg-artefacts",
    question: "Can artefacts and interference be removed?",
    page: "your-own-sequences",
    answer: (
      <>
        Reduced, rarely removed. A notch filter takes out mains hum; band-pass filtering reduces drift and muscle noise;
        blinks can be separated with ICA or EOG regression; trials that stay too noisy are rejected. Each step also
        changes the signal, so report what you did.
      </>
    ),
  },
  {
    id: "eeg-paper",
    question: "How does a dataset paper handle its raw data?",
    page: "your-own-sequences",
    answer: (
      <>
        Its methods section (and the dataset&apos;s README) says how it was recorded (device, sampling rate, electrodes,
        reference), what was shared (raw files, or processed ones) and which processing was applied. Read that before
        choosing your own steps.
      </>
    ),
  },
  {
    id: "eeg-labels",
    question: "Where are the labels (say, a food choice) in the recorded data?",
    page: "your-own-sequences",
    answer: (
      <>
        Not in the EEG signal: in the event markers, a trigger channel or an annotation file with a time and a code for
        each event, and in the experiment&apos;s log of what the participant chose. Cut a trial around each marker and
        attach its label.
      </>
    ),
  },
  {
    id: "eeg-preprocessed",
    question: "What if the data is already preprocessed?",
    page: "your-own-sequences",
    answer: (
      <>
        Find out what was done and do not do it again (a second filter or re-reference changes the data further). Cut it
        into labelled trials, scale it, and split by participant so the test measures new people.
      </>
    ),
  },
];

const zh: typeof en = (m) => [
  {
    id: "training-testing",
    question: "训练和测试有什么区别，先做哪个？",
    page: "training-vs-testing",
    answer: (
      <>
        训练（<code>model.fit</code>）用带标签的影评改变权重；测试（<code>model.evaluate</code>
        ）只在另一些影评上衡量训练好的模型。先训练，再测试一次。
      </>
    ),
  },
  {
    id: "load-data",
    question: "怎样在一个小脚本里调用 imdb.load_data？(X_train, y_train), (X_test, y_test) = … 这一行做了什么？",
    page: "imdb-dataset",
    code: LOAD_DATA,
    answer: (
      <>
        <code>load_data</code> 返回两对数据，这一行把它们拆成四个名字：训练影评（词索引列表）和它们的 0/1
        标签，然后是测试影评和它们的标签。数据只下载一次，之后从缓存读取。
      </>
    ),
  },
  {
    id: "real-vector-domain",
    question: "什么是“实数向量空间”（real vector domain）？",
    page: "word-embeddings",
    answer: (
      <>
        所有固定长度的实数列表构成的空间，这里是 ℝ<sup>{m.model.embeddingDim}</sup>
        。词嵌入把每个词变成一个这样的列表，于是一条影评变成一串向量。
      </>
    ),
  },
  {
    id: "embedding-shapes",
    question: "一个最小的 Embedding 例子是什么样的，形状怎么变？",
    page: "word-embeddings",
    code: EMBEDDING,
    answer: (
      <>
        进去的是整数，出来的是向量：一批填充后的影评 <code>(batch, 500)</code> 变成 <code>(batch, 500, 32)</code>
        ，每个位置一行 32 个数。
      </>
    ),
  },
  {
    id: "which-line",
    question: "哪一行保留最常见的 5000 个词、生成 32 维向量、把影评填充或截断到 500？",
    page: "vocabulary",
    code: SETTINGS,
    answer: (
      <>
        <code>load_data</code> 里的 <code>num_words=top_words</code>（
        <Link href={learnPath("zh", "vocabulary")}>词汇表</Link>）、<code>Embedding(top_words, 32)</code>（
        <Link href={learnPath("zh", "word-embeddings")}>词嵌入</Link>）、<code>pad_sequences(…, maxlen=500)</code>（
        <Link href={learnPath("zh", "padding-truncation")}>填充</Link>）。
      </>
    ),
  },
  {
    id: "seed",
    question: "为什么要固定随机种子，为什么是 7？",
    page: "random-seed",
    answer: (
      <>
        这样再跑一次时，初始权重相同、打乱顺序相同，得到的模型也相同。7 是随意选的，任何整数都行。
        <code>tf.random.set_seed</code> 只设置 TensorFlow；<code>keras.utils.set_random_seed</code> 还会设置 Python 和
        NumPy。
      </>
    ),
  },
  {
    id: "pad-sequences",
    question: "sequence.pad_sequences 是从哪里来的？",
    page: "padding-truncation",
    answer: (
      <>
        来自 Keras 的预处理模块：教程里是 <code>from tensorflow.keras.preprocessing import sequence</code>，Keras 3 里是{" "}
        <code>keras.utils.pad_sequences</code>。
      </>
    ),
  },
  {
    id: "units",
    question: "100 个记忆单元是内置的，还是写代码的人选的？在哪里设置？",
    page: "lstm",
    answer: (
      <>
        是写代码的人选的，就是 <code>LSTM(100)</code> 里的那个数：细胞状态和隐藏状态的长度。32 或 256
        也能运行；单元越多，要学的权重越多。
      </>
    ),
  },
  {
    id: "one-sigmoid",
    question: "为什么 Dense 输出层只有一个 sigmoid 神经元？",
    page: "sigmoid-output",
    answer: (
      <>
        二分类只需要一个数：P(正面) = <var>p</var>，P(负面) = 1 − <var>p</var>。sigmoid 把神经元的加权和压成 0 到 1
        之间的概率。
      </>
    ),
  },
  {
    id: "log-loss",
    question: "什么是对数损失？怎样试一试 binary_crossentropy？",
    page: "log-loss",
    code: LOG_LOSS,
    answer: <>模型给正确答案的概率取对数再取负，对所有影评求平均：以 0.9 答对时是 0.105，以 0.9 答错时是 2.303。</>,
  },
  {
    id: "adam",
    question: "Adam 是什么？",
    page: "adam",
    answer: (
      <>
        一种优化器：带动量、每个权重有自己的步长、并做偏差修正的梯度下降（Kingma 与
        Ba，2015）。教程用的就是它的默认参数（学习率 0.001）。
      </>
    ),
  },
  {
    id: "epochs-batch",
    question: "为什么训练 2–3 轮、每批 64 条（“把权重更新分散开”）？",
    page: "epochs-batches",
    answer: (
      <>
        一轮就是把训练影评过一遍；每批 64 条更新一次权重，取 64 条影评梯度的平均：这里每轮更新{" "}
        {Math.ceil(m.training.trainExamples / m.training.batchSize)} 次。教程正文说 2 轮，代码写 3
        轮；我们的验证实测到第 4 轮仍在改进。
      </>
    ),
  },
  {
    id: "unseen",
    question: "为什么要在模型没见过的影评上评估？",
    page: "evaluation",
    answer: <>模型可以部分背下训练影评。只有新的影评才能说明它学到的东西能否推广，而它读你的影评时需要的正是这一点。</>,
  },
  {
    id: "eeg-template",
    question: "怎样把这个模板用在脑电（EEG）上？",
    page: "your-own-sequences",
    answer: (
      <>
        去掉词嵌入层：脑电试次本来就是数字，一张“时间步 × 通道”的表。模型以{" "}
        <code>keras.Input(shape=(time_steps, channels))</code> 开头，接 <code>LSTM(units)</code>，二分类标签仍用{" "}
        <code>Dense(1, sigmoid)</code>。
      </>
    ),
  },
  {
    id: "eeg-vectors",
    question: "脑电能变成向量吗？",
    page: "your-own-sequences",
    answer: (
      <>
        它本来就是：每个时间步上各通道的电压构成一个向量，就像一个词的 32 个词嵌入数字。64 个通道、500
        个采样点的试次就是 <code>(500, 64)</code>，正是 LSTM 读的形状。
      </>
    ),
  },
  {
    id: "eeg-artefacts",
    question: "伪迹（也常称伪影）和干扰能去除吗？",
    page: "your-own-sequences",
    answer: (
      <>
        能减弱，很少能完全去除。陷波滤波去掉工频干扰；带通滤波减弱漂移和肌电噪声；眨眼可以用 ICA
        或眼电（EOG）回归分离；仍然太嘈杂的试次就剔除。每一步也都会改变信号，所以要报告你做了什么。
      </>
    ),
  },
  {
    id: "eeg-paper",
    question: "数据集论文是怎样处理原始数据的？",
    page: "your-own-sequences",
    answer: (
      <>
        论文的方法部分（以及数据集的
        README）会说明怎样记录（设备、采样率、电极、参考）、公开的是什么（原始文件还是处理后的文件）、做了哪些处理。先读这些，再决定你自己的步骤。
      </>
    ),
  },
  {
    id: "eeg-labels",
    question: "标签（比如一次食物选择）在记录数据的什么地方？",
    page: "your-own-sequences",
    answer: (
      <>
        不在脑电信号里，而在事件标记里：触发通道，或者一个带有每个事件时间和代码的标注文件，以及实验记录里被试选了什么。围绕每个标记截取一个试次，并附上它的标签。
      </>
    ),
  },
  {
    id: "eeg-preprocessed",
    question: "如果数据已经预处理过了怎么办？",
    page: "your-own-sequences",
    answer: (
      <>
        弄清楚做过什么，不要再做一遍（再滤一次波或再换一次参考会进一步改变数据）。把它切成带标签的试次，做缩放，并按被试划分，让测试衡量的是新的人。
      </>
    ),
  },
];

const COPY = {
  en: {
    intro:
      "Questions a learner of the Keras tutorial asked, each with a short answer and the page that goes further. The whole tutorial, runnable on Keras 3 with these questions as comments, is python/imdb_lstm.py in this repository.",
    more: "More:",
  },
  zh: {
    intro:
      "学习这个 Keras 教程的人提过的问题，每个都有简短的回答和讲得更深入的那一页。整个教程按 Keras 3 改写、可以直接运行，并把这些问题写成了注释，就是本仓库里的 python/imdb_lstm.py。",
    more: "详见：",
  },
};

export default function QuestionsPage({ language }: { language: Language }) {
  const t = COPY[language];
  const title = (slug: string) => LEARN_PAGES.find((page) => page.slug === slug)?.title[language] ?? slug;
  return (
    <LearnArticle language={language} slug="questions">
      {(m) => (
        <>
          <p>{t.intro}</p>
          <ol className="list-none pl-0">
            {{ en, zh }[language](m).map((q) => (
              <li key={q.id} id={q.id} data-testid="question" className="my-6 border-t border-zinc-200 pt-4">
                <h2 className="mt-0 text-lg">{q.question}</h2>
                <p>{q.answer}</p>
                {q.code && <CodeBlock label="Python (Keras 3)" code={q.code} lang="python" />}
                <p className="text-sm">
                  {t.more} <Link href={learnPath(language, q.page)}>{title(q.page)}</Link>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </LearnArticle>
  );
}
