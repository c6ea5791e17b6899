import type { Language } from "@/lib/site";

/** One concept: its English and Chinese term, a one-line meaning and the page that explains it. */
export interface GlossaryTerm {
  en: string;
  zh: string;
  meaning: Record<Language, string>;
  page: string;
  /** Chinese synonyms the pages no longer use for this concept (tests/zh-terminology.test.ts fails on them). */
  zhAvoid?: readonly RegExp[];
}

/**
 * The course's terms: one English and one Chinese term per concept, used the same way on
 * every page and in the review box, with a one-line meaning and the page that explains it.
 */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    en: "review",
    zh: "影评",
    meaning: { en: "One IMDB movie review, the model's input.", zh: "一条 IMDB 电影评论，模型的输入。" },
    page: "imdb-dataset",
  },
  {
    en: "binary classification",
    zh: "二分类",
    meaning: {
      en: "Sorting inputs into two classes: here positive (1) or negative (0).",
      zh: "把输入分成两类：这里是正面（1）或负面（0）。",
    },
    page: "sigmoid-output",
  },
  {
    en: "training set / test set",
    zh: "训练集 / 测试集",
    meaning: {
      en: "Reviews the model learns from / reviews kept apart to measure it.",
      zh: "模型学习用的影评 / 留出来衡量它的影评。",
    },
    page: "training-vs-testing",
  },
  {
    en: "validation set",
    zh: "验证集",
    meaning: {
      en: "Part of the training reviews held out to choose settings such as the number of epochs.",
      zh: "从训练影评中留出的一部分，用来选择轮数等设置。",
    },
    page: "epochs-batches",
  },
  {
    en: "token",
    zh: "词元",
    meaning: {
      en: "One unit the model reads: a word, or a marker such as <start>, which is not a word.",
      zh: "模型读的一个单位：一个词，或者像 <start> 这样的标记（它不是词）。",
    },
    page: "vocabulary",
  },
  {
    en: "vocabulary",
    zh: "词汇表",
    meaning: { en: "The words the model knows, each with its index.", zh: "模型认识的词，每个词有自己的索引。" },
    page: "vocabulary",
  },
  {
    en: "out-of-vocabulary word (OOV)",
    zh: "未登录词（OOV）",
    meaning: { en: "A word outside the vocabulary; all share index 2.", zh: "词汇表之外的词；它们共用索引 2。" },
    page: "vocabulary",
  },
  {
    en: "padding / truncation",
    zh: "填充 / 截断",
    meaning: {
      en: "Adding zeros to short reviews / cutting long ones, so all have the same length.",
      zh: "给短影评补零 / 把长影评截短，让所有影评一样长。",
    },
    page: "padding-truncation",
  },
  {
    en: "mask",
    zh: "掩码",
    meaning: {
      en: "A marker telling later layers to skip padding steps; the tutorial uses none.",
      zh: "告诉后面的层跳过填充步的标记；教程没有使用。",
    },
    page: "padding-truncation",
  },
  {
    en: "word embedding",
    zh: "词嵌入",
    meaning: {
      en: "A learned vector of real numbers for each word index (32 numbers here).",
      zh: "为每个词的索引学到的一个实数向量（这里是 32 个数）。",
    },
    page: "word-embeddings",
  },
  {
    en: "random seed",
    zh: "随机种子",
    meaning: {
      en: "The starting number of a pseudo-random generator; the same seed repeats the same run.",
      zh: "伪随机数生成器的起始数；种子相同，训练过程就能重复。",
    },
    page: "random-seed",
  },
  {
    en: "memory unit",
    zh: "记忆单元",
    meaning: {
      en: "One of the LSTM's 100 units: one number of the cell state and of the hidden state.",
      zh: "LSTM 的 100 个单元之一：细胞状态和隐藏状态里各一个数。",
    },
    page: "lstm",
  },
  {
    en: "input gate",
    zh: "输入门",
    meaning: {
      en: "How much of the candidate to write into the cell state (0 to 1).",
      zh: "把多少候选值写入细胞状态（0 到 1）。",
    },
    page: "lstm",
  },
  {
    en: "forget gate",
    zh: "遗忘门",
    meaning: { en: "How much of the old cell state to keep (0 to 1).", zh: "保留多少旧的细胞状态（0 到 1）。" },
    page: "lstm",
  },
  {
    en: "output gate",
    zh: "输出门",
    meaning: {
      en: "How much of the cell state to show as the hidden state (0 to 1).",
      zh: "把多少细胞状态作为隐藏状态展示出来（0 到 1）。",
    },
    page: "lstm",
  },
  {
    en: "candidate",
    zh: "候选值",
    meaning: {
      en: "The new values that could be written (tanh, −1 to 1); some sources call it the cell gate.",
      zh: "可能写入的新值（tanh，−1 到 1）；有些资料称为 cell gate。",
    },
    page: "lstm",
  },
  {
    en: "cell state",
    zh: "细胞状态",
    meaning: {
      en: "The LSTM's long-term memory, carried from word to word.",
      zh: "LSTM 的长期记忆，从一个词带到下一个词。",
    },
    page: "lstm",
  },
  {
    en: "hidden state",
    zh: "隐藏状态",
    meaning: {
      en: "What the LSTM shows after each word; the last one goes to the output layer.",
      zh: "LSTM 每读一个词后展示的内容；最后一个送给输出层。",
    },
    page: "lstm",
  },
  {
    en: "logit",
    zh: "logit（对数几率）",
    meaning: {
      en: "The output neuron's sum before the sigmoid, any real number.",
      zh: "输出神经元在 sigmoid 之前的加权和，可以是任何实数。",
    },
    page: "sigmoid-output",
  },
  {
    en: "sigmoid",
    zh: "sigmoid 函数",
    meaning: {
      en: "An activation function, 1 / (1 + e^−z): squashes a logit into a probability between 0 and 1.",
      zh: "一种激活函数，1 / (1 + e^−z)：把 logit 压成 0 到 1 之间的概率。",
    },
    page: "sigmoid-output",
  },
  {
    en: "log loss (binary cross-entropy)",
    zh: "对数损失（二元交叉熵）",
    meaning: {
      en: "−log of the probability given to the right answer, averaged.",
      zh: "模型给正确答案的概率取对数再取负，求平均。",
    },
    page: "log-loss",
  },
  {
    en: "optimizer",
    zh: "优化器",
    meaning: {
      en: "The rule that moves the weights against the gradient after each batch.",
      zh: "每批之后按梯度反方向移动权重的规则。",
    },
    page: "adam",
  },
  {
    en: "bias correction",
    zh: "偏差修正",
    meaning: {
      en: "Adam's division by 1 − βᵗ that undoes its averages' start at zero.",
      zh: "Adam 除以 1 − βᵗ，抵消两个平均值从零开始带来的偏差。",
    },
    page: "adam",
  },
  {
    en: "epoch",
    zh: "轮次（轮）",
    meaning: { en: "One pass over all training reviews.", zh: "把全部训练影评过一遍。" },
    page: "epochs-batches",
  },
  {
    en: "batch / batch size",
    zh: "批 / 批大小",
    meaning: {
      en: "The reviews read before one weight update / how many (64).",
      zh: "一次权重更新之前读的那组影评 / 它的条数（64）。",
    },
    page: "epochs-batches",
  },
  {
    en: "overfitting",
    zh: "过拟合",
    meaning: {
      en: "Fitting the training reviews, noise included, at the cost of new ones.",
      zh: "连噪声一起拟合训练影评，代价是在新影评上变差。",
    },
    page: "epochs-batches",
  },
  {
    en: "accuracy",
    zh: "准确率",
    meaning: { en: "The share of reviews classified right.", zh: "分类正确的影评所占的比例。" },
    page: "evaluation",
  },
  {
    en: "precision / recall",
    zh: "精确率 / 召回率",
    meaning: {
      en: "Of the reviews called positive, the share that are / of the positive reviews, the share found.",
      zh: "判为正面的影评中真正正面的比例 / 正面影评中被找出的比例。",
    },
    page: "evaluation",
  },
  {
    en: "confusion matrix",
    zh: "混淆矩阵",
    meaning: {
      en: "Counts of each kind of answer: true/false positives and negatives.",
      zh: "每类答案的计数：真/假正例和真/假负例。",
    },
    page: "evaluation",
  },
  {
    en: "threshold",
    zh: "阈值",
    meaning: {
      en: "The probability above which a review is called positive (0.5 by default).",
      zh: "概率高于它就判为正面的那个值（默认 0.5）。",
    },
    page: "evaluation",
  },
  {
    en: "ROC curve / AUC",
    zh: "ROC 曲线 / 曲线下面积（AUC）",
    meaning: {
      en: "True- against false-positive rate over all thresholds / the area under it.",
      zh: "所有阈值下真正例率对假正例率的曲线 / 曲线下的面积。",
    },
    page: "evaluation",
  },
  {
    en: "occlusion",
    zh: "遮挡法",
    meaning: {
      en: "Removing one word and measuring how much the prediction changes.",
      zh: "去掉一个词，测量预测变化多少。",
    },
    page: "evaluation",
  },
  {
    en: "participant (subject)",
    zh: "被试",
    meaning: { en: "A person recorded in an EEG experiment.", zh: "脑电实验中被记录的人。" },
    page: "your-own-sequences",
  },
  {
    en: "artefact",
    zh: "伪迹（也常称伪影）",
    meaning: {
      en: "Signal in an EEG recording that does not come from the brain: blinks, muscles, mains hum.",
      zh: "脑电记录中不是来自大脑的信号：眨眼、肌肉活动、工频干扰。",
    },
    page: "your-own-sequences",
  },
  {
    en: "activation function",
    zh: "激活函数",
    meaning: {
      en: "The function a layer applies to its weighted sums: sigmoid and tanh here.",
      zh: "一层对它的加权和施加的函数：这里是 sigmoid 和 tanh。",
    },
    page: "lstm",
  },
  {
    en: "weights",
    zh: "权重",
    meaning: {
      en: "The model's learned numbers, changed by every update.",
      zh: "模型学到的数字，每次更新都会改变。",
    },
    page: "adam",
    // 权重 means model weights only; sets that count equally are "同等计入".
    zhAvoid: [/每个[^，。；]{0,4}权重相同/],
  },
  {
    en: "kernel / recurrent kernel",
    zh: "输入权重矩阵 / 循环权重矩阵",
    meaning: {
      en: "Keras's names for the LSTM's weights on the word (W) and on the previous hidden state (U).",
      zh: "Keras 对 LSTM 两组权重的叫法：作用于词向量的 W 和作用于上一步隐藏状态的 U。",
    },
    page: "lstm",
    // 核 alone reads as a convolution kernel; 内核 (a compute kernel), 核对 and CPU 核 are other words.
    zhAvoid: [/(?<![内个])核(?![对心])/],
  },
  {
    en: "the box's model",
    zh: "输入框的模型",
    meaning: {
      en: "The model the review box runs (default), trained with a recipe for short reviews.",
      zh: "影评输入框运行的模型（default），用针对短影评的配方训练。",
    },
    page: "tutorial-recipe",
    zhAvoid: [/影评输入框的模型|本站的?模型|影评框/],
  },
  {
    en: "recipe",
    zh: "配方",
    meaning: {
      en: "How a model is trained: data, sizes, epochs and the other settings (scripts/lib/imdb/recipes.ts).",
      zh: "模型怎样训练：数据、规模、轮数和其他设置（scripts/lib/imdb/recipes.ts）。",
    },
    page: "tutorial-recipe",
    zhAvoid: [/做法/],
  },
  {
    en: "short span",
    zh: "短片段",
    meaning: {
      en: "One to three sentences cut from a review, with that review's label.",
      zh: "从一条影评里截出的一到三句话，带着那条影评的标签。",
    },
    page: "tutorial-recipe",
    zhAvoid: [/短句|(?<!短)片段/],
  },
  {
    en: "annotation",
    zh: "注释",
    meaning: {
      en: "A timed note stored in an EEG file, such as an event marker.",
      zh: "脑电文件里带时间的记录，比如事件标记。",
    },
    page: "your-own-sequences",
    zhAvoid: [/标注/],
  },
  {
    en: "confidence interval",
    zh: "置信区间",
    meaning: {
      en: "A range that holds the true value in 95% of repeated experiments (95% interval).",
      zh: "在重复实验中有 95% 的情况会包含真实值的范围（95% 置信区间）。",
    },
    page: "your-own-sequences",
    zhAvoid: [/95% 区间/],
  },
  {
    en: "chance level",
    zh: "机会水平（随机猜测的水平）",
    meaning: {
      en: "The accuracy of guessing at random: 50% for two balanced classes.",
      zh: "随机猜测能达到的准确率：两类各半时是 50%。",
    },
    page: "your-own-sequences",
  },
  {
    en: "second",
    zh: "秒",
    meaning: { en: "The unit of time; durations read “20 min 35 s”.", zh: "时间单位；时长写作“20 分 35 秒”。" },
    page: "epochs-batches",
    zhAvoid: [/\d\s?s(?=[）)，。；、\s]|$)/],
  },
];
