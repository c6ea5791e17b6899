import { formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Equation, Frac } from "../equation";
import { LearnArticle } from "../learn-article";
import { EmbeddingExplorer } from "../widgets/embedding-explorer";
import { PredictThenTry } from "../widgets/predict-then-try";

/** The embedding's parameters and their share of the whole model's. */
function embeddingSize(m: ModelMetadata) {
  const layers = parameterCounts(m.model);
  const total = layers.reduce((sum, layer) => sum + layer.parameters, 0);
  return { ...layers[0], share: formatPercent(layers[0].parameters / total, 0) };
}

const en = (m: ModelMetadata) => {
  const { numWords, embeddingDim, maxLen } = m.model;
  const size = embeddingSize(m);
  return {
    intro: (
      <>
        The tutorial says the first layer, the embedding layer, maps each word to a vector of real numbers, so that each{" "}
        <em>review</em> becomes a sequence of vectors in a &ldquo;real vector domain&rdquo;. Here is what that means,
        with the numbers this model actually learned.
      </>
    ),
    whyTitle: "Why word indices are not enough",
    why: (
      <>
        A word index is a name, not an amount. Index 10 is not &ldquo;twice&rdquo; index 5, and index 400 is not closer
        to 401 than to 4. A network that multiplies and adds can do nothing sensible with such numbers directly. It
        needs each word as a set of real numbers that can be compared, added and learned.
      </>
    ),
    domainTitle: "A real vector domain",
    domain: (
      <>
        A <em>real vector</em> is a list of real numbers; the &ldquo;domain&rdquo; is the space of all such lists of one
        length, here ℝ<sup>{embeddingDim}</sup>. Each word becomes one point in that {embeddingDim}-dimensional space. A
        review of {maxLen} indices therefore becomes a table of {maxLen} × {embeddingDim} real numbers, and that table
        is what the LSTM reads.
      </>
    ),
    tableTitle: `Embedding(${numWords}, ${embeddingDim}) is a lookup table`,
    table: (
      <>
        The layer holds a matrix <var>E</var> with {formatInteger(numWords, "en")} rows, one per word index, and{" "}
        {embeddingDim} columns. Reading word <var>i</var> means taking row <var>i</var>. Nothing else happens: no
        multiplication, just a lookup. That is {size.formula} = {formatInteger(size.parameters, "en")} numbers,{" "}
        {size.share} of all the model&apos;s weights.
      </>
    ),
    keras3: (
      <>
        Two lines of the tutorial no longer run as written.{" "}
        <code>from tensorflow.keras.layers.embeddings import Embedding</code> fails on current TensorFlow (the module is
        gone; use <code>from keras.layers import Embedding</code>). And <code>Embedding(..., input_length=500)</code>:
        the first Keras 3 releases rejected it (
        <code>ValueError: Unrecognized keyword arguments passed to Embedding</code>); current Keras 3 (3.15.1, tried for
        this page) ignores it with the warning &ldquo;Argument <code>input_length</code> is deprecated. Just remove
        it.&rdquo; Drop it. It never truncated or padded anything; in Keras 2 it only told the layer the sequence length
        in advance, so <code>model.summary()</code> could show the output shape before the model saw data.{" "}
        <code>pad_sequences</code> is what makes every review {maxLen} long. See <code>python/imdb_lstm.py</code> for
        the tutorial on Keras 3 (<a href="https://keras.io/api/layers/core_layers/embedding/">Keras docs: Embedding</a>
        ).
      </>
    ),
    shapes: (
      <>
        Shapes, for a batch of reviews: the padded indices are <code>(batch, {maxLen})</code> integers; the embedding
        returns{" "}
        <code>
          (batch, {maxLen}, {embeddingDim})
        </code>{" "}
        real numbers, one {embeddingDim}-number row per position.
      </>
    ),
    learned: (
      <>
        The rows start as small random numbers. Training moves them, like every other weight, in whatever direction
        lowers the loss. Words that push a review the same way end up with similar rows.
      </>
    ),
    cosine: (
      <>
        To find a word&apos;s neighbours, the widget compares rows by <em>cosine similarity</em>: 1 when two vectors
        point the same way, 0 when they are unrelated, −1 when opposite.
      </>
    ),
    caveat: (
      <>
        These vectors were learned for one task, telling positive from negative. Their neighbours are words that act
        alike <em>for sentiment</em>, not necessarily words that mean the same. And the {m.model.embeddingDim} numbers
        have no names a human could read.
      </>
    ),
    exercise: {
      question:
        "“excellent” and “superb” should be near each other in the embedding space. Guess P(positive) for both reviews.",
      texts: ["The film was excellent.", "The film was superb."],
      explanation:
        "Words with similar rows push the LSTM the same way, so the two answers are close. Look both words up in the explorer above to see their neighbours.",
    },
  };
};

const zh: typeof en = (m) => {
  const { numWords, embeddingDim, maxLen } = m.model;
  const size = embeddingSize(m);
  return {
    intro: (
      <>
        教程说第一层，也就是词嵌入层（embedding layer），把每个词映射成一个实数向量，于是每条<em>影评</em>
        变成“实数向量空间”（real vector domain）里的一串向量。这一页用这个模型真正学到的数字，说明这句话的意思。
      </>
    ),
    whyTitle: "为什么只有词的索引还不够",
    why: (
      <>
        词的索引只是一个编号，而不是一个量。索引 10 不是索引 5 的“两倍”，索引 400 和 401 的关系也不比和 4
        更近。一个只会做乘法和加法的网络，没法直接从这种编号里得到有意义的东西。它需要把每个词表示成一组可以比较、相加、并且可以学习的实数。
      </>
    ),
    domainTitle: "实数向量空间",
    domain: (
      <>
        <em>实数向量</em>（real vector）就是一列实数；“空间”（domain）指所有这种固定长度的列表构成的集合，这里是 ℝ
        <sup>{embeddingDim}</sup>。每个词变成这个 {embeddingDim} 维空间里的一个点。于是一条 {maxLen}{" "}
        个索引的影评，就变成一张 {maxLen} × {embeddingDim} 的实数表，LSTM 读的正是这张表。
      </>
    ),
    tableTitle: `Embedding(${numWords}, ${embeddingDim}) 是一张查找表`,
    table: (
      <>
        这一层保存着一个矩阵 <var>E</var>，有 {formatInteger(numWords, "zh")} 行（每个词的索引一行）和 {embeddingDim}{" "}
        列。读到词 <var>i</var>，就取出第 <var>i</var> 行。除此之外什么也不做：没有乘法，只是查表。一共 {size.formula} ={" "}
        {formatInteger(size.parameters, "zh")} 个数字，占整个模型全部权重的 {size.share}。
      </>
    ),
    keras3: (
      <>
        教程里有两行代码已经不能原样运行。<code>from tensorflow.keras.layers.embeddings import Embedding</code> 在当前的
        TensorFlow 上会报错（这个模块已经没有了；请用 <code>from keras.layers import Embedding</code>）。还有{" "}
        <code>Embedding(..., input_length=500)</code>：最早的 Keras 3 版本直接拒绝它（
        <code>ValueError: Unrecognized keyword arguments passed to Embedding</code>）；当前的 Keras
        3（3.15.1，为本页实测）会忽略它，并警告“Argument <code>input_length</code> is deprecated. Just remove
        it.”。删掉它即可。它从来没有截断或填充过任何东西；在 Keras 2 里，它只是预先告诉这一层序列有多长，好让{" "}
        <code>model.summary()</code> 在模型见到数据之前就显示输出形状。让每条影评变成 {maxLen} 长的是{" "}
        <code>pad_sequences</code>。按 Keras 3 改好的教程见 <code>python/imdb_lstm.py</code>（
        <a href="https://keras.io/api/layers/core_layers/embedding/">Keras 文档：Embedding</a>）。
      </>
    ),
    shapes: (
      <>
        一批影评的形状：填充后的索引是 <code>(batch, {maxLen})</code> 个整数；词嵌入层输出{" "}
        <code>
          (batch, {maxLen}, {embeddingDim})
        </code>{" "}
        个实数，每个位置一行 {embeddingDim} 个数。
      </>
    ),
    learned: (
      <>
        这些行一开始是很小的随机数。训练时，它们和其他权重一样，朝着让损失变小的方向移动。对影评倾向作用相同的词，最后会得到相似的行。
      </>
    ),
    cosine: (
      <>
        为了找出一个词的“邻居”，下面的小工具用<em>余弦相似度</em>（cosine similarity）比较两行：方向相同为 1，互不相关为
        0，方向相反为 −1。
      </>
    ),
    caveat: (
      <>
        这些向量是为一个任务学出来的：区分正面和负面。所以它的邻居是<em>在情感上</em>
        作用相似的词，而不一定是意思相同的词。这 {m.model.embeddingDim} 个数字也没有人能读懂的名字。
      </>
    ),
    exercise: {
      question: "“excellent”和“superb”在词嵌入空间里应该离得很近。猜一猜两条影评的 P(正面)。",
      texts: ["The film was excellent.", "The film was superb."],
      explanation:
        "行向量相近的词以相同的方式推动 LSTM，所以两个答案很接近。在上面的小工具里查这两个词，看看它们的邻居。",
    },
  };
};

export default function WordEmbeddingsPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="word-embeddings">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <h2>{t.domainTitle}</h2>
            <p>{t.domain}</p>
            <Equation label={`word i becomes row i of E, a vector of ${m.model.embeddingDim} real numbers`}>
              <var>i</var> ↦ <var>E</var>
              <sub>
                <var>i</var>
              </sub>{" "}
              = (<var>e</var>
              <sub>1</sub>, <var>e</var>
              <sub>2</sub>, …, <var>e</var>
              <sub>{m.model.embeddingDim}</sub>) ∈ ℝ<sup>{m.model.embeddingDim}</sup>
            </Equation>
            <h2>{t.tableTitle}</h2>
            <p>{t.table}</p>
            <CodeCompare
              language={language}
              keras="model.add(Embedding(top_words, embedding_vecor_length, input_length=max_review_length))"
              file="scripts/lib/model.ts"
              from="tf.layers.embedding({"
              to="}),"
            />
            <p>{t.shapes}</p>
            <Callout kind="warning">
              <p>{t.keras3}</p>
            </Callout>
            <p>{t.learned}</p>
            <CodeCompare
              language={language}
              file="lib/predictor.ts"
              from="wordVector(index: number): Float32Array {"
              to="}"
            />
            <p>{t.cosine}</p>
            <Equation label="cosine similarity of a and b is a dot b divided by the product of their lengths">
              cos(<var>a</var>, <var>b</var>) ={" "}
              <Frac
                top={
                  <>
                    <var>a</var> · <var>b</var>
                  </>
                }
                bottom={
                  <>
                    ‖<var>a</var>‖ ‖<var>b</var>‖
                  </>
                }
              />
            </Equation>
            <EmbeddingExplorer language={language} />
            <PredictThenTry language={language} {...t.exercise} />
            <Callout>
              <p>{t.caveat}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
