import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";
import { embeddingSize } from "./facts";

export const zh = (m: ModelMetadata): Copy => {
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
        教程里有一行代码已经不能原样运行，另一行现在会给出警告。
        <code>from tensorflow.keras.layers.embeddings import Embedding</code> 在当前的 TensorFlow
        上会报错（这个模块已经没有了；请用 <code>from keras.layers import Embedding</code>）。还有{" "}
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
