import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Equation } from "../equation";
import { formatInteger } from "@/lib/format";
import { LearnArticle } from "../learn-article";
import { OpinionTraceWidget as OpinionTrace } from "../widgets/opinion-trace";

const GATES = [
  { name: "inputGate", f: "σ", en: "how much of the new information to write", zh: "写入多少新信息" },
  { name: "forgetGate", f: "σ", en: "how much of the old memory to keep", zh: "保留多少旧记忆" },
  { name: "candidate", f: "tanh", en: "the new information itself", zh: "新信息本身" },
  { name: "outputGate", f: "σ", en: "how much of the memory to show", zh: "展示多少记忆" },
];

const en = (m: ModelMetadata) => {
  const lstm = parameterCounts(m.model)[1];
  return {
    intro: <>An LSTM (long short-term memory) is a recurrent layer: it reads a sequence one step at a time and keeps a memory from one step to the next, built so that it can hold on to something for many steps.</>,
    choiceTitle: `${m.model.lstmUnits} is the coder's choice`,
    choice: <>In <code>LSTM(100)</code> the 100 is a setting, like the volume on a radio, not something every LSTM has. It is the number of memory units: the length of the two vectors the layer carries from word to word. The tutorial&apos;s author picked 100; 32 or 256 would also work. More units can hold more nuance but mean more weights to learn (here {lstm.formula} = {formatInteger(lstm.parameters, "en")}), slower training and an easier path to memorising the training set. This model has {m.model.lstmUnits} units.</>,
    readsTitle: "How it reads: one word at a time, with a memory",
    reads: <>The LSTM reads the review&apos;s word vectors in order. It carries two vectors of {m.model.lstmUnits} numbers from step to step: the <code>cellState</code>, its long-term memory, and the <code>hiddenState</code>, what it currently shows to the next step and, after the last word, to the output layer. At every word, four <em>gates</em> look at the word vector <var>x</var> and the previous <code>hiddenState</code> <var>h</var>:</>,
    gatesLead: "Each gate is a vector of one number per unit:",
    gateValues: <>A sigmoid σ gives numbers between 0 (shut) and 1 (wide open); tanh gives numbers between −1 and 1. Then the memory is updated and the new output computed (⊙ multiplies unit by unit):</>,
    codeTitle: "The same lines in our code",
    code: <>Our plain-arithmetic LSTM names every gate as above, so the page can quote it. It runs in your browser for the widget below and matches TensorFlow.js&apos;s output.</>,
    sigmoid: <>All gates use a true sigmoid (<code>recurrentActivation: &quot;sigmoid&quot;</code>), the default of Keras in TensorFlow 2. TensorFlow.js defaults to a cheaper &ldquo;hard sigmoid&rdquo;, so we set it explicitly to match the tutorial.</>,
    lastTitle: "Only the last step reaches the output",
    last: <>By default (<code>return_sequences=False</code>) the LSTM hands on only its final <code>hiddenState</code>. The widget peeks earlier: after every word it applies the output layer to the <code>hiddenState</code> so far, as if the review ended there. Watch how a &ldquo;but&rdquo; can turn the opinion.</>,
  };
};

const zh: typeof en = (m) => {
  const lstm = parameterCounts(m.model)[1];
  return {
    intro: <>LSTM（长短期记忆网络，long short-term memory）是一种循环层（recurrent layer）：它一次读序列里的一步，并把记忆从上一步带到下一步；它的结构让它能把某些信息保留很多步。</>,
    choiceTitle: `${m.model.lstmUnits} 是写代码的人选的`,
    choice: <><code>LSTM(100)</code> 里的 100 是一个可调的设置，就像收音机的音量，而不是所有 LSTM 都有的固定属性。它是记忆单元（memory unit）的个数，也就是这一层在词与词之间传递的两个向量的长度。教程作者选了 100；32 或 256 也能用。单元越多，能记住的细节越多，但要学的权重也越多（这里是 {lstm.formula} = {formatInteger(lstm.parameters, "zh")} 个），训练更慢，也更容易死记训练集。这个模型有 {m.model.lstmUnits} 个单元。</>,
    readsTitle: "它怎么读：一次一个词，带着记忆",
    reads: <>LSTM 按顺序读评论的词向量。它在每一步之间传递两个各含 {m.model.lstmUnits} 个数字的向量：<code>cellState</code>（细胞状态，cell state），即长期记忆；<code>hiddenState</code>（隐藏状态，hidden state），即它此刻向下一步展示的内容，读完最后一个词后也交给输出层。每读一个词，四个<em>门</em>（gate）会查看词向量 <var>x</var> 和上一步的 <code>hiddenState</code> <var>h</var>：</>,
    gatesLead: "每个门都是一个向量，每个单元一个数：",
    gateValues: <>sigmoid 函数 σ 给出 0（关闭）到 1（完全打开）之间的数；tanh 给出 −1 到 1 之间的数。然后更新记忆，并算出新的输出（⊙ 表示逐个单元相乘）：</>,
    codeTitle: "我们代码里的同样几行",
    code: <>我们用纯算术实现的 LSTM 按上面的名字给每个门命名，所以这一页可以直接引用它。下面的小工具就是在你的浏览器里运行这段代码，结果与 TensorFlow.js 一致。</>,
    sigmoid: <>所有门都用真正的 sigmoid（<code>recurrentActivation: &quot;sigmoid&quot;</code>），这是 TensorFlow 2 中 Keras 的默认值。TensorFlow.js 默认用计算更省的“硬 sigmoid”（hard sigmoid），所以我们显式设置它，与教程保持一致。</>,
    lastTitle: "只有最后一步通向输出",
    last: <>默认情况下（<code>return_sequences=False</code>），LSTM 只把最后的 <code>hiddenState</code> 交出去。下面的小工具提前偷看：每读一个词，就把当时的 <code>hiddenState</code> 送进输出层，假装评论到此结束。看看一个“but”是怎样扭转判断的。</>,
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
            <CodeCompare language={language} keras="model.add(LSTM(100))" file="lib/model.ts" from="tf.layers.lstm({" to="});"/>
            <h2>{t.readsTitle}</h2>
            <p>{t.reads}</p>
            <Equation label="each gate is an activation of x times W plus h times U plus b">
              {GATES.map((gate) => (
                <span key={gate.name} className="block">
                  <code>{gate.name}</code> = {gate.f}(<var>x</var>·<var>W</var> + <var>h</var>·<var>U</var> + <var>b</var>)
                </span>
              ))}
            </Equation>
            <p>{t.gatesLead}</p>
            <ul>{GATES.map((gate) => <li key={gate.name}><code>{gate.name}</code>: {gate[language]}</li>)}</ul>
            <p>{t.gateValues}</p>
            <Equation label="cell state becomes forget gate times old cell state plus input gate times candidate; hidden state is output gate times tanh of cell state">
              <span className="block"><code>cellState</code> = <code>forgetGate</code> ⊙ <code>cellState</code> + <code>inputGate</code> ⊙ <code>candidate</code></span>
              <span className="block"><code>hiddenState</code> = <code>outputGate</code> ⊙ tanh(<code>cellState</code>)</span>
            </Equation>
            <h2>{t.codeTitle}</h2>
            <p>{t.code}</p>
            <CodeCompare language={language} file="lib/lstm-cell.ts" from="const inputGate = sigmoid(" to="next.hiddenState[u] =" />
            <Callout>
              <p>{t.sigmoid}</p>
            </Callout>
            <h2>{t.lastTitle}</h2>
            <p>{t.last}</p>
            <OpinionTrace language={language} />
          </>
        );
      }}
    </LearnArticle>
  );
}
