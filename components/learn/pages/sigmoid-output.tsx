import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Equation, Frac } from "../equation";
import { LearnArticle } from "../learn-article";
import { PredictThenTry } from "../widgets/predict-then-try";
import { SigmoidDial } from "../widgets/sigmoid-dial";

const en = (m: ModelMetadata) => ({
  intro: (
    <>
      After the LSTM has read the last word, one neuron turns its {m.model.lstmUnits} numbers into the answer: the
      probability that the review is positive (Keras docs:{" "}
      <a href="https://keras.io/api/layers/core_layers/dense/">Dense layer</a>).
    </>
  ),
  neuronTitle: "One neuron: a weighted sum, then a squash",
  neuron: (
    <>
      The <code>Dense(1)</code> layer multiplies each of the {m.model.lstmUnits} numbers of the final{" "}
      <code>hiddenState</code> by its own weight, adds them up and adds a bias: {parameterCounts(m.model)[2].formula} ={" "}
      {parameterCounts(m.model)[2].parameters} numbers in all. The result, the <code>logit</code> <var>z</var>, can be
      any real number. The sigmoid squashes it into a probability between 0 and 1:
    </>
  ),
  reading: (
    <>
      A logit of 0 gives exactly 0.5, undecided. Positive logits give more than 0.5 (positive review), negative ones
      less. Far from 0 the curve flattens: a logit of 4 and one of 8 are both &ldquo;very sure&rdquo;.
    </>
  ),
  whyOneTitle: "Why one neuron is enough for two classes",
  whyOne: (
    <>
      The two answers share one number: if P(positive) = <var>p</var>, then P(negative) = 1 − <var>p</var>. A second
      neuron would have nothing to add. Keras could also use <code>Dense(2, activation=&apos;softmax&apos;)</code> with
      one neuron per class; for two classes that is the same model written with twice the weights. One sigmoid neuron
      pairs naturally with the binary cross-entropy loss of the next page.
    </>
  ),
  anyTitle: "The same head for any yes/no question",
  any: (
    <>
      Nothing in this layer knows about movies. Any task with two outcomes ends the same way: spam or not, a fault or
      not, or in an EEG experiment, whether the participant chose the item or not. Only what &ldquo;1&rdquo; means
      changes. More than two outcomes (say four kinds of movement) need one neuron per class and a softmax instead.
    </>
  ),
  codeTitle: "In code",
  threshold: (
    <>
      The accuracy on the model card counts a review as positive when <var>p</var> &gt; 0.5, that is, when the logit is
      above 0, as Keras&apos;s <code>binary_accuracy</code> does.
    </>
  ),
  exercise: {
    question: "One “Good.” and five in a row. Guess P(positive) for each.",
    texts: ["Good.", "Good. Good. Good. Good. Good."],
    explanation:
      "One short word moves the logit only a little from where an empty review starts; each repetition adds more, and the sigmoid turns the growing logit into a probability that flattens as it nears 1.",
  },
});

const zh: typeof en = (m) => ({
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
      ，可以是任何实数。sigmoid 函数把它压缩成 0 到 1 之间的概率：
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
    texts: ["Good.", "Good. Good. Good. Good. Good."],
    explanation:
      "一个短词只把 logit（对数几率）从空影评的起点挪动一点；每重复一次就多加一些，sigmoid 把越来越大的 logit 变成概率，越接近 1 越平。",
  },
});

export default function SigmoidOutputPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="sigmoid-output">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.neuronTitle}</h2>
            <p>{t.neuron}</p>
            <Equation label="z equals the sum of h times w plus b; p equals sigma of z, one over one plus e to the minus z">
              <span className="block">
                <var>z</var> = <var>h</var>
                <sub>1</sub>
                <var>w</var>
                <sub>1</sub> + … + <var>h</var>
                <sub>{m.model.lstmUnits}</sub>
                <var>w</var>
                <sub>{m.model.lstmUnits}</sub> + <var>b</var>
              </span>
              <span className="block">
                <var>p</var> = σ(<var>z</var>) ={" "}
                <Frac
                  top="1"
                  bottom={
                    <>
                      1 + <var>e</var>
                      <sup>
                        −<var>z</var>
                      </sup>
                    </>
                  }
                />
              </span>
            </Equation>
            <p>{t.reading}</p>
            <SigmoidDial language={language} />
            <PredictThenTry language={language} {...t.exercise} />
            <h2>{t.whyOneTitle}</h2>
            <p>{t.whyOne}</p>
            <h2>{t.anyTitle}</h2>
            <p>{t.any}</p>
            <h2>{t.codeTitle}</h2>
            <CodeCompare
              language={language}
              keras="model.add(Dense(1, activation='sigmoid'))"
              file="scripts/lib/model.ts"
              from="tf.layers.dense({"
              to="});"
            />
            <CodeCompare
              language={language}
              file="lib/predictor.ts"
              from="private logitOf(hiddenState: Float64Array): number {"
              to="}"
            />
            <CodeCompare
              language={language}
              file="lib/predictor.ts"
              from="const logit = this.logitOf(state.hiddenState);"
              to="return { opinions, logit, probability: sigmoid(logit) };"
            />
            <Callout>
              <p>{t.threshold}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
