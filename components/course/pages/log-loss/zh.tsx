import Link from "next/link";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import type { Copy } from "./copy";

export const zh = (m: ModelMetadata): Copy => ({
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
      对数让“自信地犯错”代价高昂：当 <var>p</var> 趋向错误的一端时，损失会无限增大。我们的 <code>binaryMetrics</code> 把{" "}
      <var>p</var> 限制在 [10<sup>−7</sup>, 1 − 10<sup>−7</sup>] 之内，让损失保持有限。Keras 3 在 JAX 后端上也这样做。在
      TensorFlow 后端上，sigmoid 层的输出带着它的 logit（见 <code>keras/src/activations/activations.py</code> 里的{" "}
      <code>_keras_logits</code>
      ），损失直接由 logit 算出，不需要限制也保持有限。
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
