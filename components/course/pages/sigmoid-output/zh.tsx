import { formatDecimal } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import { oneWordMovesLittle, REPEATED_WORD } from "../../exercise-readings";
import type { Copy } from "./copy";

export const zh = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      LSTM 读完最后一个词之后，由一个神经元（neuron）把它的 {m.model.lstmUnits}{" "}
      个数字变成答案：这条影评是正面的概率（Keras 文档：
      <a href="https://keras.io/api/layers/core_layers/dense/">Dense layer</a>）。
    </>
  ),
  neuronTitle: "一个神经元：先加权求和，再压缩",
  neuron: (
    <>
      全连接层 <code>Dense(1)</code>（dense layer）把最后的 <code>hiddenState</code> 里 {m.model.lstmUnits}{" "}
      个数字各乘上自己的权重，加起来，再加上一个偏置（bias）：一共 {parameterCounts(m.model)[2].formula} ={" "}
      {parameterCounts(m.model)[2].parameters} 个数字。得到的结果叫 <code>logit</code>（对数几率），记作 <var>z</var>
      ，可以是任何实数。sigmoid 激活函数把它压缩成 0 到 1 之间的概率：
    </>
  ),
  reading: (
    <>
      logit 为 0 时正好得到 0.5，即拿不定主意。logit 为正，概率大于 0.5（正面影评）；为负则小于 0.5。离 0
      越远，曲线越平：logit 为 4 和为 8，都表示“非常确定”。
    </>
  ),
  whyOneTitle: "为什么二分类只要一个神经元",
  whyOne: (
    <>
      两个答案共用一个数：如果 P(正面) = <var>p</var>，那么 P(负面) = 1 − <var>p</var>
      。第二个神经元提供不了新信息。Keras 也可以写成 <code>Dense(2, activation=&apos;softmax&apos;)</code>
      ，每个类别一个神经元；对两个类别来说，这是同一个模型，只是权重多了一倍。一个 sigmoid
      神经元正好与下一页的二元交叉熵损失（binary cross-entropy）搭配。
    </>
  ),
  anyTitle: "任何二分类问题都用同样的输出层",
  any: (
    <>
      这一层对电影一无所知。任何只有两种结果的任务，结尾都一样：是不是垃圾邮件、有没有故障，或者在脑电（EEG）实验里，被试是否选择了某个选项。变的只是“1”代表什么。超过两种结果（比如四种动作）时，就需要每类一个神经元，并改用
      softmax。
    </>
  ),
  codeTitle: "代码",
  threshold: (
    <>
      模型卡片上的准确率，与 Keras 的 <code>binary_accuracy</code> 一样，把 <var>p</var> &gt; 0.5（也就是 logit 大于
      0）的影评算作正面。
    </>
  ),
  exercise: {
    question: "一个“Good.”和连续五个。分别猜一猜 P(正面)。",
    texts: [REPEATED_WORD.once, REPEATED_WORD.fiveTimes],
    explanation: (r) => {
      const [z0, z1, z5] = [r.empty, r.once, r.fiveTimes].map((x) => formatDecimal(x.logit, 2, "zh"));
      const [p1, p5] = [r.once, r.fiveTimes].map((x) => formatDecimal(x.probability, 3, "zh"));
      const one = oneWordMovesLittle(r)
        ? `在这个模型上，一个“Good.”只把 logit 从空影评的 ${z0} 挪到 ${z1}，变化不大，P = ${p1}。`
        : `在这个模型上，一个“Good.”就把 logit 从空影评的 ${z0} 一下推到 ${z1}，P = ${p1}。`;
      const five =
        r.fiveTimes.logit <= r.once.logit
          ? `五个“Good.”让它变成 ${z5}，P = ${p5}：重复这个词并没有让模型更偏向正面。`
          : r.once.probability >= 0.5
            ? `五个“Good.”让 logit 到了 ${z5}，P = ${p5}：每重复一次，logit 就再加一些，而 sigmoid 把它变成概率时，越接近 1 曲线越平。`
            : `五个“Good.”让 logit 到了 ${z5}，P = ${p5}：每重复一次，logit 就再加一些。`;
      return one + five;
    },
  },
});
