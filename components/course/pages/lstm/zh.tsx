import { formatDecimal, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import { orderEffect } from "../../exercise-readings";
import { ORDER_EXAMPLE, orderFlips, orderTexts } from "../../order-example";
import type { Copy } from "./copy";

export const zh = (m: ModelMetadata): Copy => {
  const lstm = parameterCounts(m.model)[1];
  return {
    intro: (
      <>
        LSTM（长短期记忆网络，long short-term memory）是一种循环层（recurrent
        layer）：它一次读序列里的一步，并把记忆从上一步带到下一步；它的结构让它能把某些信息保留很多步（Hochreiter 与
        Schmidhuber，1997）。Keras 文档：<a href="https://keras.io/api/layers/recurrent_layers/lstm/">LSTM layer</a>
        ；最清楚的入门是 Christopher Olah 的{" "}
        <a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a>。
      </>
    ),
    choiceTitle: `${m.model.lstmUnits} 是写代码的人选的`,
    choice: (
      <>
        <code>LSTM(100)</code> 里的 100 是一个可调的设置，就像收音机的音量，而不是所有 LSTM
        都有的固定属性。它是记忆单元（memory unit）的个数，也就是这一层在词与词之间传递的两个向量的长度。教程作者选了
        100；32 或 256 也能用。单元越多，能记住的细节越多，但要学的权重也越多（这里是 {lstm.formula} ={" "}
        {formatInteger(lstm.parameters, "zh")} 个），训练更慢，也更容易死记训练集。这个模型有 {m.model.lstmUnits}{" "}
        个单元。
      </>
    ),
    readsTitle: "它怎么读：一次一个词，带着记忆",
    reads: (
      <>
        LSTM 按顺序读影评的词向量。它在每一步之间传递两个各含 {m.model.lstmUnits} 个数字的向量：<code>cellState</code>
        （细胞状态，cell state），即长期记忆；<code>hiddenState</code>（隐藏状态，hidden
        state），即它此刻向下一步展示的内容，读完最后一个词后也交给输出层。读第 <var>t</var> 个词时，三个<em>门</em>
        （gate）和一个<em>候选值</em>（candidate）查看词向量 <var>x</var>
        <sub>t</sub> 和上一步的 <code>hiddenState</code> <var>h</var>
        <sub>t−1</sub>，各用各的权重：作用于词向量的输入权重矩阵 <var>W</var>（Keras 称为
        kernel）、作用于上一步隐藏状态的循环权重矩阵 <var>U</var>（recurrent kernel）和偏置 <var>b</var>。（Keras
        把这四组权重并排存放，顺序是 i、f、c、o。）
      </>
    ),
    gatesLead: "每一项都是一个向量，每个单元一个数：",
    gateValues: (
      <>
        sigmoid 函数 σ 给出 0（关闭）到 1（完全打开）之间的数；tanh 给出 −1 到 1
        之间的数。然后更新细胞状态，并算出新的隐藏状态（⊙ 表示逐个单元相乘）：
      </>
    ),
    naming: (
      <>
        不同资料的叫法不一样。Olah 的{" "}
        <a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a> 把{" "}
        <var>g</var>
        <sub>t</sub> 叫作候选值（C̃<sub>t</sub>），说的是三个门，Keras 则把它存为权重里的“c”那一块；PyTorch 的{" "}
        <code>nn.LSTM</code> 文档把它叫作“cell gate”<var>g</var>
        <sub>t</sub>，“四个门”的说法就来自这里。它并不是 0 到 1 之间的阀门：它是 tanh，取值在 −1 到 1 之间。
      </>
    ),
    codeTitle: "我们代码里的同样几行",
    code: (
      <>
        我们用纯算术实现的 LSTM
        按上面的名字给每个门命名，所以这一页可以直接引用它。下面的小工具就是在你的浏览器里运行这段代码，结果与
        TensorFlow.js 一致。
      </>
    ),
    sigmoid: (
      <>
        所有门都用真正的 sigmoid 激活函数（<code>recurrentActivation: &quot;sigmoid&quot;</code>）。这是 Keras 2.3
        起以及 TensorFlow 2 中的默认值，所以今天运行教程的代码（<code>python/imdb_lstm.py</code>，Keras
        3）也是这样。教程写成时用的 Keras 1 和早期 Keras 2 默认用计算更省的“硬 sigmoid”（<code>hard_sigmoid</code>
        ），TensorFlow.js 至今仍是如此，所以我们显式设置真正的 sigmoid。
      </>
    ),
    insideTitle: "走进 LSTM，一步一步看",
    inside: (
      <>
        下面把 LSTM 每读一个词所做的计算画成一格，和 Olah
        的图一样：细胞状态是顶上那条线，从一步传到下一步，只被遗忘门的乘法和输入门的加法改变；隐藏状态传给下一步，这里也送到输出神经元。在一条真实的影评上逐词前进：热图显示这个词处全部{" "}
        {m.model.lstmUnits} 个单元的门和状态，由本页引用的同一个 <code>LstmCell.step</code>{" "}
        算出。选一个单元，就按它的隐藏状态给影评上色，仿照 Karpathy 的{" "}
        <a href="https://karpathy.github.io/2015/05/21/rnn-effectiveness/">
          The Unreasonable Effectiveness of Recurrent Neural Networks
        </a>
        ；小工具一开始选的是输出权重绝对值最大的单元。
      </>
    ),
    occlusion: (
      <>另一个角度：一次去掉一个词，看 P(正面) 怎么变。变化最大的词就是判断所依赖的词；在大多数影评里，它们靠近结尾。</>
    ),
    exercise: {
      question: "同样的抱怨和夸奖，两种顺序。先猜两个版本的 P(正面)。",
      texts: orderTexts(),
      explanation: (r) => {
        const [last, first] = [formatDecimal(r.praiseLast, 2, "zh"), formatDecimal(r.praiseFirst, 2, "zh")];
        const answers = `同样的词，不同的顺序：夸奖在后得到 ${last}，夸奖在前得到 ${first}。`;
        return {
          lastWeighsMore: `${answers}差别来自顺序，而这个模型最看重最后的几个词。LSTM 能用细胞状态把信息带得很远，但这个模型学会了让最近的词占上风。`,
          firstWeighsMore: `${answers}差别来自顺序，而这个模型更看重先读到的词。`,
          hardlyMatters: `${answers}在这个模型上，这里的顺序几乎无关紧要：两个版本的答案差不多，所以它并不是简单地让最近的词占上风。`,
        }[orderEffect(r)];
      },
    },
    lastTitle: "只有最后一步通向输出",
    last: (
      <>
        默认情况下（<code>return_sequences=False</code>），LSTM 只把最后的 <code>hiddenState</code>{" "}
        交出去。下面的小工具提前偷看：每读一个词，就把当时的 <code>hiddenState</code>{" "}
        送进输出层，假装影评到此结束。看看这个模型实际怎么做：读到“but”时判断几乎不动，是它后面的词在推动判断。
      </>
    ),
    orderHead: ["模型", "夸奖在后", "夸奖在前"],
    order: (o) => (
      <>
        它是不是最看重最后的几个词？同样两句话，“{ORDER_EXAMPLE.complaint}”和“{ORDER_EXAMPLE.praise}
        ”，按两种顺序交给发布的模型去读，数字是构建本页时算出的。
        {orderFlips(o) ? (
          <>
            在教程的模型上，仅仅换个顺序就翻转了判断：夸奖在后时 P(正面) = {o.praiseLast.toFixed(2)}，夸奖在前时为{" "}
            {o.praiseFirst.toFixed(2)}。
          </>
        ) : o.praiseLast > o.praiseFirst ? (
          <>
            在教程的模型上，夸奖放在后面分量更重（{o.praiseLast.toFixed(2)} 对 {o.praiseFirst.toFixed(2)}
            ），但仅换顺序并没有翻转判断。
          </>
        ) : (
          <>
            这里教程的模型并不偏重最后的词：夸奖在后 {o.praiseLast.toFixed(2)}，夸奖在前 {o.praiseFirst.toFixed(2)}。
          </>
        )}
      </>
    ),
  };
};
