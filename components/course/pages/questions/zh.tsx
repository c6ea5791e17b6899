import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { validationFacts } from "../epochs-batches/facts";
import { type Copy, EMBEDDING, LOAD_DATA, LOG_LOSS, SETTINGS } from "./copy";

export const zh = (m: ModelMetadata, box: ModelMetadata | null): Copy => {
  const v = validationFacts(box);
  return {
    intro:
      "学习这个 Keras 教程的人提过的问题，每个都有简短的回答和讲得更深入的那一页。整个教程按 Keras 3 改写、可以直接运行，就是本仓库里的 python/imdb_lstm.py；关于其代码的问题也以“Q:”开头的注释写在相应代码行旁边。",
    more: "详见：",
    questions: [
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
            这样再跑一次时，初始权重相同、读影评的顺序相同，得到的模型也相同。7
            是随意选的，任何整数都行，关键是把它写下来。哪个调用固定什么，取决于 Keras 的版本。在 Keras 3
            里，没有给种子的初始化器从 Python 的 <code>random</code> 取种子，所以只调用{" "}
            <code>tf.random.set_seed(7)</code> 固定不了初始权重，<code>numpy.random.seed(7)</code> 只固定{" "}
            <code>fit</code> 的打乱顺序（在 JAX 上）。<code>keras.utils.set_random_seed(7)</code> 一次设置 Python、NumPy
            和 TensorFlow 的种子；<code>python python/imdb_lstm.py --check-seeding</code>{" "}
            会在每种调用之后把模型搭建两次，显示哪些调用得到相同的权重。在教程 TensorFlow 2 版本所针对的 tf.keras 2 上，
            <code>tf.random.set_seed(7)</code> 确实两者都能固定。
          </>
        ),
      },
      {
        id: "pad-sequences",
        question: "sequence.pad_sequences 是从哪里来的？",
        page: "padding-truncation",
        answer: (
          <>
            来自 Keras 的预处理模块：教程里是 <code>from tensorflow.keras.preprocessing import sequence</code>，Keras 3
            里是 <code>keras.utils.pad_sequences</code>。
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
        question: "为什么训练 2–3 轮、每批 64 条（分批“拉开权重更新的间隔”）？",
        page: "epochs-batches",
        answer: (
          <>
            一轮就是把训练影评过一遍。每一批更新一次权重：{formatInteger(m.training.trainExamples, "zh")} 条影评、每批{" "}
            {m.training.batchSize} 条，就是 ⌈{formatInteger(m.training.trainExamples, "zh")} / {m.training.batchSize}⌉ ={" "}
            <span data-testid="q16-updates">
              {formatInteger(Math.ceil(m.training.trainExamples / m.training.batchSize), "zh")}
            </span>{" "}
            次更新，而每读一条就更新一次的话会是 {formatInteger(m.training.trainExamples, "zh")}{" "}
            次。“拉开更新的间隔”说的就是这个：步数更少，每一步是 {m.training.batchSize} 条影评梯度的平均，因而更稳。至于
            2 轮还是 3 轮：教程没有留出任何数据，所以它的训练曲线显示不出过拟合（训练损失会一直下降）。
            {v ? (
              <>
                输入框的模型训练时留出了 {Math.round(v.heldOut * 100)}% 的训练影评，验证损失在 {v.ran} 轮中的第 {v.best}{" "}
                轮之后最低（{v.valLosses.join(" → ")}
                {v.heldOutReviews ? (
                  <>
                    ：这是 {v.sets.length} 个验证集的平均值；单看留出的影评是 {v.heldOutReviews.losses.join(" → ")}
                  </>
                ) : null}
                ）
                {v.overfitAfterBest
                  ? "；此后训练损失继续下降，验证损失却一直更高：这就是教程警告的过拟合，体现在记录下来的数字里。"
                  : "。"}
              </>
            ) : null}
          </>
        ),
      },
      {
        id: "unseen",
        question: "为什么要在模型没见过的影评上评估？",
        page: "evaluation",
        answer: (
          <>模型可以部分背下训练影评。只有新的影评才能说明它学到的东西能否推广，而它读你的影评时需要的正是这一点。</>
        ),
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
        example: "raw-to-trials",
        answer: (
          <>
            论文的方法部分（以及数据集的
            README）会说明数据怎样记录（设备、采样率、电极、参考）、公开的是什么（原始文件还是处理后的文件）、做了哪些处理。先读这些，再决定你自己的步骤。本项目附带的脑电数据是
            PhysioNet 的 EEG Motor Movement/Imagery Dataset（Schalk 等，2004），以原始形式公开：EDF
            文件，事件标记作为注释（annotation）保存。下面用本项目的模板把其中一个记录从原始文件一步步变成试次，设置与记录下来的真实运行（
            <code>public/eeg-real</code>）相同：每一步、它去掉了什么，以及在这个记录上去掉了多少（以 µV
            为单位的均方根）。
          </>
        ),
      },
      {
        id: "eeg-labels",
        question: "标签（比如一次食物选择）在记录数据的什么地方？",
        page: "your-own-sequences",
        example: "labels",
        answer: (
          <>
            不在电压里。<code>X</code> 里只有电压：一个试次是一张“时间步 ×
            通道”的表，不管被试选了什么，它看起来都一样。选择是记录在它旁边的：记录里的事件标记（一个带时间的代码），或者实验行为日志里的一行；它变成{" "}
            <code>y</code>：每个试次一个标签，放在 <code>X</code> 旁边。教程也是这样：<code>y_train</code>{" "}
            为每条影评存一个 0 或 1，放在 <code>X_train</code> 旁边，取自影评所在的文件夹（<code>pos</code> 或{" "}
            <code>neg</code>），而不是取自它的文字。在本项目附带的脑电数据里，标记 <code>T1</code> 和 <code>T2</code>
            （想象左手或右手握拳）变成 0 和
            1；食物选择则会是一个像“chose”这样的标记，或者日志里的一列。并排来看，都从文件里读出：
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
    ],
  };
};
