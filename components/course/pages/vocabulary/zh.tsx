import { formatDecimal, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { INVENTED_REVIEW, unknownWordsNeutral } from "../../exercise-readings";
import type { Copy } from "./copy";
import { vocabularyFacts } from "./facts";

export const zh = (m: ModelMetadata): Copy => {
  const v = vocabularyFacts(m);
  return {
    intro: (
      <>
        训练影评里出现的不同词远比模型需要的多：人名、拼写错误、只出现过一次的生僻词。<code>num_words=5000</code>{" "}
        只保留最常见的那些。这个模型保留了小于 {formatInteger(v.numWords, "zh")} 的索引。
      </>
    ),
    whyTitle: "为什么要限制词汇表",
    why: [
      <>
        词汇表里的每个词都要占用 {m.model.embeddingDim}{" "}
        个词嵌入（embedding）数字，这些数字只能从含有这个词的影评里学。一个只出现两次的词，几乎没有什么可学的。
      </>,
      <>常用词承载了文本的绝大部分。生僻词往往是人名或错别字，对下一条影评也帮不上忙。</>,
      <>表越小，训练越快，下载也越快：这个页面要把模型加载到你的浏览器里。</>,
    ],
    restTitle: "其余的词怎么办",
    rest: (
      <>
        词汇表之外的每个词都变成索引 <code>{v.oovIndex}</code>，即未登录词（OOV，out of vocabulary）。模型仍然知道这里
        <em>有</em>
        一个词，但不知道是哪个。所有未登录词共用同一行词嵌入。（教程正文说只保留最常见的词、“其余的置零”（zero out the
        rest）：其实在 Keras 里生僻词也变成 <code>2</code>，而不是 <code>0</code>；<code>0</code> 只用于填充。）
      </>
    ),
    reservedTitle: "保留索引和排在最前面的词",
    head: ["索引", "含义", "在这个模型里"],
    rows: [
      [v.padIndex, "填充（padding）：这里没有词", "把短影评补到统一长度"],
      [v.startIndex, "影评开头（start）：一个词元，不是词", "放在每条影评的第一个词前面"],
      [v.oovIndex, "未登录词（OOV）", "任何没被保留下来的词"],
      ...v.unused.map((index) => [index, "不使用", "Keras 的 index_from=3 保留了它，从不出现"]),
      [v.firstWordIndex, "最常见的词", `“${v.words.get(v.firstWordIndex)}”`],
      [v.firstWordIndex + 1, "第二常见的词", `“${v.words.get(v.firstWordIndex + 1)}”`],
      [v.last, "保留下来的最后一个词", `“${v.words.get(v.last)}”`],
    ],
    count: (
      <>
        所以 <code>num_words={v.numWords}</code> 指的是索引 0 到 {formatInteger(v.last, "zh")}，这个模型保留了{" "}
        {formatInteger(v.realWords, "zh")} 个真正的词：小于 {v.firstWordIndex} 的 {v.reserved} 个索引是保留的。在 Keras
        里，<code>load_data(num_words=5000)</code> 保留 4,996 个词：一个词的索引是它的词频排名（1 = 最常见）加上{" "}
        <code>index_from=3</code>，所以词从 4 开始，索引 3 从不使用，只有小于 5,000 的索引会留下。
      </>
    ),
    note: (
      <>
        Keras 的默认参数把这些约定写得很明白：<code>start_char=1</code>、<code>oov_char=2</code>、
        <code>index_from=3</code>。这个模型的 metadata.json 记录的是：填充 {v.padIndex}、开头 {v.startIndex}、未登录词{" "}
        {v.oovIndex}、第一个词 {v.firstWordIndex}
        {v.firstWordIndex === 4 ? <>，与 Keras 相同，所以教程里的解释可以原样适用</> : <>；Keras 的第一个词是 4</>}。
      </>
    ),
    exercise: {
      question: "一条全是编造词的影评：每个词都是未登录词。先猜它的 P(正面)，再猜空影评的。",
      texts: [INVENTED_REVIEW, ""],
      explanation: (r) => {
        const [empty, invented] = [formatDecimal(r.empty, 2, "zh"), formatDecimal(r.invented, 2, "zh")];
        if (!r.allUnknown)
          return `这个模型认识其中几个词，所以它们并不都是未登录词：编造词 ${invented}，空影评 ${empty}。`;
        const same = "每个编造的词都变成同一个未登录词索引，模型只看到“几个不认识的词”。";
        return unknownWordsNeutral(r)
          ? `${same}在这个模型上，结果离空影评的起点不远（${invented}，空影评是 ${empty}）：未登录词几乎不带任何倾向。`
          : `${same}可是在这个模型上，它们把 P(正面) 从空影评的 ${empty} 变成了 ${invented}：模型给未登录词索引本身学到了一种倾向，所以对它来说，未登录词并不中立。`;
      },
    },
  };
};
