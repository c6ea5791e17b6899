import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { DatasetSource } from "../../dataset-source";
import type { Copy } from "./copy";

export const zh = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      <a href="https://ai.stanford.edu/~amaas/data/sentiment/">大型影评数据集</a>（Large Movie Review Dataset，Maas 等，
      <a href="https://aclanthology.org/P11-1015/">Learning Word Vectors for Sentiment Analysis</a>，ACL 2011）收录了
      IMDb 上的 50,000 条影评，平均分成两半：25,000 条用于训练，25,000 条用于测试，每一半里正面和负面各占一半。打了 7–10
      分（满分 10）的影评标为 <code>1</code>（正面），打了 1–4 分的标为 <code>0</code>
      （负面），中间分数的影评没有收录。我们的模型用了其中 {formatInteger(m.training.trainExamples, "zh")} 条训练影评
      {m.evaluation && <>，并在 {formatInteger(m.evaluation.examples, "zh")} 条测试影评上做了测试</>}。
    </>
  ),
  loadTitle: "imdb.load_data(num_words=5000) 返回什么",
  docs: (
    <>
      Keras 文档：<a href="https://keras.io/api/datasets/imdb/">IMDB movie review sentiment classification dataset</a>。
    </>
  ),
  load: [
    <>
      <code>X_train</code>：25,000 条影评，每条是一个长度各不相同的 Python
      整数列表。文字已经没有了，每个词都已变成一个数字。
    </>,
    <>
      <code>y_train</code>：25,000 个标签，每个是 0 或 1，顺序与影评一一对应。
    </>,
    <>
      <code>X_test</code>、<code>y_test</code>：测试集的 25,000 条影评和标签，格式相同。
    </>,
    <>
      每个整数是这个词的词频排名加上 <code>index_from=3</code>：<code>4</code> 代表最常见的词，<code>3</code> 从不使用。
      <code>1</code> 标记影评的开头，<code>2</code> 代表所有排在前 <code>num_words</code> 之外的词（生僻词变成 2，而不是
      0），<code>0</code> 则留给<Link href={learnPath("zh", "padding-truncation")}>填充</Link>（padding）。只有小于
      5,000 的索引会保留，所以 <code>num_words=5000</code> 留下{" "}
      <Link href={learnPath("zh", "vocabulary")}>4,996 个词</Link>。
    </>,
  ],
  oursTitle: "本项目里的对应代码",
  ours: (
    <>
      Keras 下载的是事先转换成整数的影评。我们从原始的文本文件出发，每一步都自己做，但沿用相同的约定：
      <code>loadImdb</code> 读取影评和标签，<code>buildVocabulary</code> 给训练影评里的词排名，
      <code>textToIndices</code> 把一条影评变成整数。
    </>
  ),
  realTitle: "一条真实的影评和它的整数",
  real: (
    <>
      下面是两条很短的训练影评，按模型的词汇表（索引小于 {formatInteger(m.model.numWords, "zh")}，最常见的词是{" "}
      <code>{m.preprocessing.firstWordIndex}</code>）读出来的样子。橙色的 <code>{m.preprocessing.oovIndex}</code>{" "}
      表示未登录词（OOV）。
    </>
  ),
  label: "标签",
  differ: (
    <>
      Keras 的整数来自它自己的词汇表和它自己的分词方式，所以同一条影评在 Keras
      里得到的数字会有些不同。但思路和上面的每一条约定都一样。
    </>
  ),
  fileTitle: "我们训练用的文件",
  file: (
    <>
      <DatasetSource dataset={m.dataset} language="zh" />
      有了校验和，任何人都能确认自己训练用的影评与我们逐字节相同。
    </>
  ),
  exercise: {
    question: "上面第一条是负面的训练影评。猜一猜训练好的模型给它的 P(正面)。",
    texts: ["Long, boring, blasphemous. Never have I been so glad to see ending credits roll."],
    explanation: `模型在这条影评上训练过，但训练不等于背下来：最后一轮它在训练影评上的准确率是 ${((m.history.at(-1)?.accuracy ?? NaN) * 100).toFixed(1)}%，而像这样的短影评属于最难的一类。`,
  },
});
