import Link from "next/link";
import type { ModelMetadata } from "@/lib/metadata";
import { binaryMetrics } from "@/lib/metrics";
import { type Language, learnPath } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Equation, Frac } from "../equation";
import { LearnArticle } from "../learn-article";
import { LogLossCalculator } from "../widgets/log-loss-calculator";
import { PredictThenTry } from "../widgets/predict-then-try";

/** Worked examples, computed by the same function the evaluation uses. */
const EXAMPLES = (
  [
    [1, 0.9],
    [0, 0.9],
    [1, 0.5],
    [1, 0.01],
  ] as const
).map(([y, p]) => ({ y, p, loss: binaryMetrics([y], [p]).logLoss.toFixed(3) }));

const en = (m: ModelMetadata) => ({
  intro: (
    <>
      Training needs one number that says how wrong the model is, so it can push that number down. For a yes/no model
      with a sigmoid output, that number is the log loss, also called binary cross-entropy (Keras docs:{" "}
      <a href="https://keras.io/api/losses/probabilistic_losses/">probabilistic losses</a>).
    </>
  ),
  formulaTitle: "The formula",
  formula: (
    <>
      For one review with true label <var>y</var> (0 or 1) and predicted probability <var>p</var> = P(positive):
    </>
  ),
  oneTerm: (
    <>
      Only one term is ever active. For a positive review (<var>y</var> = 1) the loss is −log <var>p</var>; for a
      negative one (<var>y</var> = 0) it is −log(1 − <var>p</var>). Either way: the log of the probability the model
      gave to the <em>right</em> answer, made positive. Over a batch of <var>N</var> reviews, the losses are averaged.
    </>
  ),
  exampleTitle: "A worked example",
  head: ["true label y", "p", "loss", "what it means"],
  meanings: [
    "right and fairly sure: small loss",
    "wrong and fairly sure: large loss",
    "undecided: ln 2",
    "wrong and very sure: huge loss",
  ],
  whyLog: (
    <>
      The logarithm makes confident mistakes expensive: the loss grows without limit as <var>p</var> goes to the wrong
      end. Keras, and our <code>binaryMetrics</code>, clip <var>p</var> to [10<sup>−7</sup>, 1 − 10<sup>−7</sup>] so it
      stays finite.
    </>
  ),
  accuracy: (
    <>
      Why not train on accuracy directly? Accuracy only changes when a review crosses 0.5, so small weight changes
      usually leave it unchanged and give no direction to move. The loss changes smoothly with every weight, which is
      what the <Link href={learnPath("en", "adam")}>optimizer</Link> needs.
    </>
  ),
  modelTitle: "This model's loss",
  model: (
    <>
      A model that always says 0.5 has a loss of ln 2 ≈ 0.693. This model averaged {m.history[0]?.loss.toFixed(3)} over
      its first epoch and {m.history.at(-1)?.loss.toFixed(3)} over its last
      {m.evaluation && <>; on the test reviews it scores {m.evaluation.logLoss.toFixed(3)}</>}.
    </>
  ),
  exercise: {
    question: "Sarcasm: this review is negative (y = 0). Guess the model's P(positive); its loss is −log(1 − P).",
    texts: ["It was a masterpiece of boredom."],
    explanation:
      "If P is low, the model got it right and the loss is small; a high P would make −log(1 − P) large. Try replacing “boredom” with “suspense” in the calculator above.",
  },
});

const zh: typeof en = (m) => ({
  intro: (
    <>
      训练需要一个数字来说明模型错得有多厉害，这样才能把它往下压。对于用 sigmoid
      输出的二分类模型，这个数字就是对数损失（log loss），也叫二元交叉熵（binary cross-entropy；Keras 文档：
      <a href="https://keras.io/api/losses/probabilistic_losses/">probabilistic losses</a>）。
    </>
  ),
  formulaTitle: "公式",
  formula: (
    <>
      对一条真实标签为 <var>y</var>（0 或 1）、预测概率为 <var>p</var> = P(正面) 的影评：
    </>
  ),
  oneTerm: (
    <>
      两项中每次只有一项起作用。正面影评（<var>y</var> = 1）的损失是 −log <var>p</var>；负面影评（<var>y</var> =
      0）的损失是 −log(1 − <var>p</var>)。不管哪种，都是模型给<em>正确</em>答案的概率取对数，再取相反数。对一批{" "}
      <var>N</var> 条影评，取损失的平均值。
    </>
  ),
  exampleTitle: "算例",
  head: ["真实标签 y", "p", "损失", "含义"],
  meanings: ["答对且比较确定：损失小", "答错且比较确定：损失大", "拿不定主意：ln 2", "答错且非常确定：损失极大"],
  whyLog: (
    <>
      对数让“自信地犯错”代价高昂：当 <var>p</var> 趋向错误的一端时，损失会无限增大。Keras 和我们的{" "}
      <code>binaryMetrics</code> 都把 <var>p</var> 限制在 [10<sup>−7</sup>, 1 − 10<sup>−7</sup>] 之内，让损失保持有限。
    </>
  ),
  accuracy: (
    <>
      为什么不直接用准确率训练？准确率只在某条影评越过 0.5
      时才变化，权重的微小改动通常让它纹丝不动，也就给不出该往哪个方向调。损失则随每个权重平滑变化，这正是
      <Link href={learnPath("zh", "adam")}>优化器</Link>需要的。
    </>
  ),
  modelTitle: "这个模型的损失",
  model: (
    <>
      一个永远回答 0.5 的模型，损失是 ln 2 ≈ 0.693。这个模型第一轮的平均损失是 {m.history[0]?.loss.toFixed(3)}
      ，最后一轮是 {m.history.at(-1)?.loss.toFixed(3)}
      {m.evaluation && <>；在测试影评上是 {m.evaluation.logLoss.toFixed(3)}</>}。
    </>
  ),
  exercise: {
    question: "反讽：这条影评是负面的（y = 0）。猜一猜模型的 P(正面)；它的损失是 −log(1 − P)。",
    texts: ["It was a masterpiece of boredom."],
    explanation:
      "如果 P 很低，模型就答对了，损失很小；P 很高时 −log(1 − P) 就会很大。在上面的计算器里把“boredom”换成“suspense”试试。",
  },
});

export default function LogLossPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="log-loss">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.formulaTitle}</h2>
            <p>{t.formula}</p>
            <Equation label="L equals minus the quantity y log p plus one minus y times log of one minus p">
              <var>L</var> = −[ <var>y</var> · log <var>p</var> + (1 − <var>y</var>) · log(1 − <var>p</var>) ]
            </Equation>
            <p>{t.oneTerm}</p>
            <Equation label="the batch loss is the mean of the per-review losses">
              <var>L</var>
              <sub>batch</sub> = <Frac top="1" bottom={<var>N</var>} /> Σ
              <sub>
                <var>n</var>=1…<var>N</var>
              </sub>{" "}
              <var>L</var>
              <sub>
                <var>n</var>
              </sub>
            </Equation>
            <h2>{t.exampleTitle}</h2>
            <div className="overflow-x-auto">
              <table>
                <thead>
                  <tr>
                    {t.head.map((cell) => (
                      <th key={cell}>{cell}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {EXAMPLES.map(({ y, p, loss }, i) => (
                    <tr key={i}>
                      <td>{y}</td>
                      <td>{p}</td>
                      <td className="font-mono">
                        {y === 1 ? `−log ${p}` : `−log(1 − ${p})`} = {loss}
                      </td>
                      <td>{t.meanings[i]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>{t.whyLog}</p>
            <LogLossCalculator language={language} />
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.accuracy}</p>
            <CodeCompare
              language={language}
              keras="model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])"
              file="scripts/lib/model.ts"
              from="model.compile({"
            />
            <CodeCompare
              language={language}
              file="lib/metrics.ts"
              from="const probability = Math.min(1 - EPSILON"
              to="logLossSum +="
            />
            <h2>{t.modelTitle}</h2>
            <Callout>
              <p>{t.model}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
