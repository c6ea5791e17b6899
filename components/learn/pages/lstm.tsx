import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Equation } from "../equation";
import { LearnArticle } from "../learn-article";
import { LstmInside } from "../widgets/lstm-inside";
import { OpinionTrace } from "../widgets/opinion-trace";
import { PredictThenTry } from "../widgets/predict-then-try";
import { WordOcclusion } from "../widgets/word-occlusion";

/** The three gates and the candidate, with Keras's weight names (kernel W, recurrent kernel U, bias b) per gate. */
const GATES = [
  {
    name: "inputGate",
    symbol: "i",
    f: "σ",
    en: "input gate: how much of the candidate to write",
    zh: "输入门：写入多少候选值",
  },
  {
    name: "forgetGate",
    symbol: "f",
    f: "σ",
    en: "forget gate: how much of the old cell state to keep",
    zh: "遗忘门：保留多少旧的细胞状态",
  },
  {
    name: "candidate",
    symbol: "g",
    f: "tanh",
    en: "candidate: the new values that could be written",
    zh: "候选值：可能写入的新值",
  },
  {
    name: "outputGate",
    symbol: "o",
    f: "σ",
    en: "output gate: how much of the cell state to show",
    zh: "输出门：展示多少细胞状态",
  },
];

const en = (m: ModelMetadata) => {
  const lstm = parameterCounts(m.model)[1];
  return {
    intro: (
      <>
        An LSTM (long short-term memory) is a recurrent layer: it reads a sequence one step at a time and keeps a memory
        from one step to the next, built so that it can hold on to something for many steps (Hochreiter &amp;
        Schmidhuber, 1997). Keras docs: <a href="https://keras.io/api/layers/recurrent_layers/lstm/">LSTM layer</a>; the
        clearest introduction is Christopher Olah&apos;s{" "}
        <a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a>.
      </>
    ),
    choiceTitle: `${m.model.lstmUnits} is the coder's choice`,
    choice: (
      <>
        In <code>LSTM(100)</code> the 100 is a setting, like the volume on a radio, not something every LSTM has. It is
        the number of memory units: the length of the two vectors the layer carries from word to word. The
        tutorial&apos;s author picked 100; 32 or 256 would also work. More units can hold more nuance but mean more
        weights to learn (here {lstm.formula} = {formatInteger(lstm.parameters, "en")}), slower training and an easier
        path to memorising the training set. This model has {m.model.lstmUnits} units.
      </>
    ),
    readsTitle: "How it reads: one word at a time, with a memory",
    reads: (
      <>
        The LSTM reads the review&apos;s word vectors in order. It carries two vectors of {m.model.lstmUnits} numbers
        from step to step: the <code>cellState</code>, its long-term memory, and the <code>hiddenState</code>, what it
        currently shows to the next step and, after the last word, to the output layer. At word <var>t</var>, three{" "}
        <em>gates</em> and a <em>candidate</em> look at the word vector <var>x</var>
        <sub>t</sub> and the previous <code>hiddenState</code> <var>h</var>
        <sub>t−1</sub>, each with its own weights: a kernel <var>W</var> for the word, a recurrent kernel <var>U</var>{" "}
        for the previous hidden state and a bias <var>b</var>. (Keras stores the four side by side, in the order i, f,
        c, o.)
      </>
    ),
    gatesLead: "Each is a vector of one number per unit:",
    gateValues: (
      <>
        A sigmoid σ gives numbers between 0 (shut) and 1 (wide open); tanh gives numbers between −1 and 1. Then the cell
        state is updated and the new hidden state computed (⊙ multiplies unit by unit):
      </>
    ),
    naming: (
      <>
        Names differ between sources. Olah&apos;s{" "}
        <a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a> calls{" "}
        <var>g</var>
        <sub>t</sub> the candidate values (C̃<sub>t</sub>) and speaks of three gates, and Keras keeps it as the
        &ldquo;c&rdquo; block of its weights; PyTorch&apos;s <code>nn.LSTM</code> documentation calls it the &ldquo;cell
        gate&rdquo; <var>g</var>
        <sub>t</sub>, which is where &ldquo;four gates&rdquo; comes from. It is not a gate in the sense of a 0-to-1
        valve: it is tanh, between −1 and 1.
      </>
    ),
    codeTitle: "The same lines in our code",
    code: (
      <>
        Our plain-arithmetic LSTM names every gate as above, so the page can quote it. It runs in your browser for the
        widget below and matches TensorFlow.js&apos;s output.
      </>
    ),
    sigmoid: (
      <>
        All gates use a true sigmoid (<code>recurrentActivation: &quot;sigmoid&quot;</code>), the default of Keras in
        TensorFlow 2. TensorFlow.js defaults to a cheaper &ldquo;hard sigmoid&rdquo;, so we set it explicitly to match
        the tutorial.
      </>
    ),
    insideTitle: "Inside the LSTM, step by step",
    inside: (
      <>
        Below, the cell is drawn once per word, as Olah&apos;s diagrams draw it: the cell state is the line along the
        top, passed from step to step and changed only by the forget gate&apos;s multiplication and the input
        gate&apos;s addition; the hidden state goes to the next step and, here, to the output neuron. Step through a
        real review word by word: the heat maps show all {m.model.lstmUnits} units&apos; gates and states at that word,
        computed by the same <code>LstmCell.step</code> the page quotes. Pick a unit to colour the review by its hidden
        state, in the style of Karpathy&apos;s{" "}
        <a href="https://karpathy.github.io/2015/05/21/rnn-effectiveness/">
          The Unreasonable Effectiveness of Recurrent Neural Networks
        </a>
        ; the widget starts with the unit whose output weight is largest.
      </>
    ),
    occlusion: (
      <>
        Another way in: remove one word at a time and watch P(positive). The words that move it most are the ones the
        verdict rests on; on most reviews they sit near the end.
      </>
    ),
    exercise: {
      question:
        "The review ends with “but the ending is wonderful and I loved it”. Move that part to the front. Guess P(positive) for both versions first.",
      texts: [
        "The first hour is slow and boring, but the ending is wonderful and I loved it.",
        "But the ending is wonderful and I loved it. The first hour is slow and boring.",
      ],
      explanation:
        "Same words, different order: where the two answers differ, the order decided, and on this model the last words weigh most. An LSTM can carry information a long way in its cell state, but this one learned to let recent words dominate.",
    },
    lastTitle: "Only the last step reaches the output",
    last: (
      <>
        By default (<code>return_sequences=False</code>) the LSTM hands on only its final <code>hiddenState</code>. The
        widget peeks earlier: after every word it applies the output layer to the <code>hiddenState</code> so far, as if
        the review ended there. Look at what this model actually does: the opinion hardly moves at &ldquo;but&rdquo;;
        the words after it move it. It weighs the last words most: put the praise last and P(positive) ends high; put
        the same sentences in the other order and it ends low. Try it in the exercise below.
      </>
    ),
  };
};

const zh: typeof en = (m) => {
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
        <sub>t−1</sub>，各用各的权重：作用于词的核 <var>W</var>（kernel）、作用于上一步隐藏状态的循环核 <var>U</var>
        （recurrent kernel）和偏置 <var>b</var>。（Keras 把这四组权重并排存放，顺序是 i、f、c、o。）
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
        所有门都用真正的 sigmoid（<code>recurrentActivation: &quot;sigmoid&quot;</code>），这是 TensorFlow 2 中 Keras
        的默认值。TensorFlow.js 默认用计算更省的“硬 sigmoid”（hard sigmoid），所以我们显式设置它，与教程保持一致。
      </>
    ),
    insideTitle: "走进 LSTM，一步一步看",
    inside: (
      <>
        下面把这个单元按每个词画一次，和 Olah
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
      question: "影评以“but the ending is wonderful and I loved it”结尾。把这部分移到最前面。先猜两个版本的 P(正面)。",
      texts: [
        "The first hour is slow and boring, but the ending is wonderful and I loved it.",
        "But the ending is wonderful and I loved it. The first hour is slow and boring.",
      ],
      explanation:
        "同样的词，不同的顺序：两个答案的差别就来自顺序，而这个模型最看重最后的几个词。LSTM 能用细胞状态把信息带得很远，但这个模型学会了让最近的词占上风。",
    },
    lastTitle: "只有最后一步通向输出",
    last: (
      <>
        默认情况下（<code>return_sequences=False</code>），LSTM 只把最后的 <code>hiddenState</code>{" "}
        交出去。下面的小工具提前偷看：每读一个词，就把当时的 <code>hiddenState</code>{" "}
        送进输出层，假装影评到此结束。看看这个模型实际怎么做：读到“but”时判断几乎不动，是它后面的词在推动判断。它最看重最后的几个词：夸奖放在最后，P(正面)
        最后就高；同样的句子换个顺序，它最后就低。在下面的练习里试试看。
      </>
    ),
  };
};

export default function LstmPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="lstm">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.choiceTitle}</h2>
            <p>{t.choice}</p>
            <CodeCompare
              language={language}
              keras="model.add(LSTM(100))"
              file="scripts/lib/model.ts"
              from="tf.layers.lstm({"
              to="});"
            />
            <h2>{t.readsTitle}</h2>
            <p>{t.reads}</p>
            <Equation label="at step t, each gate is an activation of x t times its W plus h t minus 1 times its U plus its b">
              {GATES.map((gate) => (
                <span key={gate.name} className="block">
                  <var>{gate.symbol}</var>
                  <sub>t</sub> = {gate.f}(<var>x</var>
                  <sub>t</sub>
                  <var>W</var>
                  <sub>{gate.symbol}</sub> + <var>h</var>
                  <sub>t−1</sub>
                  <var>U</var>
                  <sub>{gate.symbol}</sub> + <var>b</var>
                  <sub>{gate.symbol}</sub>) &nbsp;<code className="text-sm">{gate.name}</code>
                </span>
              ))}
            </Equation>
            <p>{t.gatesLead}</p>
            <ul>
              {GATES.map((gate) => (
                <li key={gate.name}>
                  <code>{gate.name}</code>: {gate[language]}
                </li>
              ))}
            </ul>
            <p>{t.gateValues}</p>
            <Equation label="c t equals f t times c t minus 1 plus i t times g t; h t equals o t times tanh of c t">
              <span className="block">
                <var>c</var>
                <sub>t</sub> = <var>f</var>
                <sub>t</sub> ⊙ <var>c</var>
                <sub>t−1</sub> + <var>i</var>
                <sub>t</sub> ⊙ <var>g</var>
                <sub>t</sub> &nbsp;<code className="text-sm">cellState</code>
              </span>
              <span className="block">
                <var>h</var>
                <sub>t</sub> = <var>o</var>
                <sub>t</sub> ⊙ tanh(<var>c</var>
                <sub>t</sub>) &nbsp;<code className="text-sm">hiddenState</code>
              </span>
            </Equation>
            <p>{t.naming}</p>
            <h2>{t.codeTitle}</h2>
            <p>{t.code}</p>
            <CodeCompare
              language={language}
              file="lib/lstm-cell.ts"
              from="const inputGate = sigmoid("
              to="next.hiddenState[u] ="
            />
            <Callout>
              <p>{t.sigmoid}</p>
            </Callout>
            <h2>{t.lastTitle}</h2>
            <p>{t.last}</p>
            <OpinionTrace language={language} />
            <PredictThenTry language={language} {...t.exercise} />
            <h2>{t.insideTitle}</h2>
            <p>{t.inside}</p>
            <LstmInside language={language} />
            <p>{t.occlusion}</p>
            <WordOcclusion
              language={language}
              initialText="The first hour is slow and boring, but the ending is wonderful and I loved it."
            />
          </>
        );
      }}
    </LearnArticle>
  );
}
