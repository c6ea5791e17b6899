import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";

export const zh = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      影评长短不一，有的只有一行，有的好几段。训练之前，每条影评都被处理成恰好 <code>maxlen</code> = {m.model.maxLen}{" "}
      个索引：短的在前面补零（填充，padding），长的截掉一部分（截断，truncation）。
    </>
  ),
  whyTitle: "为什么每条影评必须一样长",
  why: (
    <>
      训练时每批（batch）读 {m.training.batchSize} 条影评。一批就是一张矩形的数字表：{m.training.batchSize} 行、
      {m.model.maxLen} 列，而一张表不能有长短不一的行。LSTM 本身可以读任意长度，是批处理要求长度相同。
    </>
  ),
  whereTitle: "pad_sequences 从哪里来",
  where: (
    <>
      它是 Keras 预处理模块里的一个辅助函数，用 <code>from tensorflow.keras.preprocessing import sequence</code>{" "}
      导入（在 Keras 3 里是 <code>keras.utils.pad_sequences</code>）。把“整数列表的列表”传给它，它返回形状为{" "}
      <code>(影评条数, maxlen)</code> 的 NumPy 数组。默认参数是 <code>padding=&apos;pre&apos;</code>、
      <code>truncating=&apos;pre&apos;</code> 和 <code>value=0</code>。
    </>
  ),
  sidesTitle: "pre 还是 post",
  sides: (
    <>
      <code>padding</code> 决定零补在哪里：前面（<code>&apos;pre&apos;</code>）还是后面（<code>&apos;post&apos;</code>
      ）。<code>truncating</code> 决定太长的影评从哪一头截：<code>&apos;pre&apos;</code> 去掉开头、保留结尾，
      <code>&apos;post&apos;</code> 保留开头。当 <code>maxlen=3</code> 时：
    </>
  ),
  head: ["参数", "[5, 6] 变成", "[5, 6, 7, 8, 9] 变成"],
  whyPre: (
    <>
      在不使用掩码（mask）的情况下，对 LSTM 来说默认值是正确的选择。输出层读的是 LSTM 在<em>最后一步</em>
      之后的记忆。零补在前面，真正的词就排在最后，紧挨着最终判断。零补在后面，记忆就得先熬过几百个空白步。这个模型用的是{" "}
      <code>padding=&apos;{m.preprocessing.padding}&apos;</code> 和{" "}
      <code>truncating=&apos;{m.preprocessing.truncating}&apos;</code>，读自它的 metadata.json。
    </>
  ),
  zeros: (
    <>
      填充的零并没有被跳过：教程没有用掩码（<code>Embedding(..., mask_zero=True)</code> 才会加上），所以 LSTM
      会读每一个填充步。索引 {m.preprocessing.padIndex}{" "}
      有自己的一行词嵌入，和其他词一样是学出来的；一条短影评要在读完最多 {m.model.maxLen}{" "}
      步这样的填充之后才被读到。用了掩码，Keras 就会跳过这些步，零补在哪一边也就没那么要紧了。
    </>
  ),
  shared: (
    <>
      零补在前面还有一个好处：每条影评前面的零都一样，所以 LSTM
      读完这些零之后的状态也一样。我们的预测器在加载模型时把这些状态算好一次，之后只需运行影评自己的词，结果与完整运行{" "}
      {m.model.maxLen} 步完全相同。
    </>
  ),
  exercise: {
    question: "空影评就是 499 个填充的零加上开头标记。模型对它拿不定主意（0.5）吗？猜一猜。",
    texts: [""],
    explanation:
      "不是 0.5：填充的零带着自己学到的词嵌入流过 LSTM，所以“什么都没有”也已经偏向一边。每条短影评都从这个偏向出发。",
  },
});
