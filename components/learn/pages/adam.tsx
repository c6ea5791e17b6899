import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Equation, Frac } from "../equation";
import { LearnArticle } from "../learn-article";

/** Updates per weight over the whole run, and the number of weights, from metadata.json. */
function updateFacts(m: ModelMetadata) {
  const batches = Math.ceil(m.training.trainExamples / m.training.batchSize);
  return {
    batches,
    updates: batches * m.history.length,
    weights: parameterCounts(m.model).reduce((sum, layer) => sum + layer.parameters, 0),
  };
}

const DEFAULTS = [
  { name: "learning_rate / learningRate", value: "0.001", en: "the base step size η", zh: "基础步长 η" },
  {
    name: "beta_1 / beta1",
    value: "0.9",
    en: "how long the momentum remembers past gradients",
    zh: "动量记住过去梯度的时长",
  },
  { name: "beta_2 / beta2", value: "0.999", en: "how long the size estimate remembers", zh: "梯度大小估计的记忆时长" },
  { name: "epsilon", value: "10⁻⁷", en: "keeps the division finite", zh: "防止除以零" },
];

const en = (m: ModelMetadata) => {
  const u = updateFacts(m);
  return {
    jobTitle: "What an optimizer does",
    job: (
      <>
        After each batch, backpropagation tells us the <em>gradient</em> <var>g</var> for every weight: how much the
        loss would rise if that weight grew a little. The optimizer decides how far to move each weight against its
        gradient. The simplest rule, gradient descent, takes the same small step η (the learning rate) for all of them:
      </>
    ),
    addsTitle: "What Adam adds",
    source: (
      <>
        Adam (Kingma &amp; Ba, <a href="https://arxiv.org/abs/1412.6980">Adam: A Method for Stochastic Optimization</a>,
        ICLR 2015; Keras: <a href="https://keras.io/api/optimizers/adam/">keras.optimizers.Adam</a>) adds three things
        to gradient descent:
      </>
    ),
    adds: [
      <>
        <strong>Momentum.</strong> Adam follows a running average <var>m</var> of recent gradients rather than the
        latest one alone. Directions that keep coming back build up speed; the noise of a single batch of{" "}
        {m.training.batchSize} reviews averages out.
      </>,
      <>
        <strong>A step size per weight.</strong> It also keeps a running average <var>v</var> of squared gradients and
        divides each step by √<var>v</var>. Weights with large, jumpy gradients take careful steps; weights whose
        gradients are small and rare, like the embedding rows of uncommon words, still move at a useful pace.
      </>,
      <>
        <strong>Bias correction.</strong> Both averages start at zero, so in the first steps they are too small: biased
        towards zero. Adam divides them by 1 − β
        <sup>
          <var>t</var>
        </sup>{" "}
        (<var>t</var> counts the updates so far), which removes that bias; the correction fades as <var>t</var> grows.
      </>,
    ],
    defaultsTitle: "The defaults",
    defaults: (
      <>
        <code>optimizer=&apos;adam&apos;</code> in Keras and <code>tf.train.adam(learningRate)</code> here use the same
        defaults, and they work well enough that the tutorial never changes them. This model used learning rate{" "}
        <code>{m.training.learningRate}</code>.
      </>
    ),
    head: ["Keras / TensorFlow.js", "default", "role"],
    scale: (
      <>
        This run made {formatInteger(u.batches, "en")} updates per epoch (
        {formatInteger(m.training.trainExamples, "en")} reviews in batches of {m.training.batchSize}),{" "}
        {formatInteger(u.updates, "en")} in all, each one moving all {formatInteger(u.weights, "en")} weights by its own
        step.
      </>
    ),
  };
};

const zh: typeof en = (m) => {
  const u = updateFacts(m);
  return {
    jobTitle: "优化器做什么",
    job: (
      <>
        每处理完一批，反向传播（backpropagation）会给出每个权重的<em>梯度</em>（gradient）<var>g</var>
        ：这个权重稍微变大一点，损失会上升多少。优化器决定每个权重沿梯度的反方向移动多远。最简单的规则是梯度下降（gradient
        descent），对所有权重都走同样的一小步 η（学习率，learning rate）：
      </>
    ),
    addsTitle: "Adam 多了什么",
    source: (
      <>
        Adam（Kingma 与 Ba，<a href="https://arxiv.org/abs/1412.6980">Adam: A Method for Stochastic Optimization</a>
        ，ICLR 2015；Keras 文档：<a href="https://keras.io/api/optimizers/adam/">keras.optimizers.Adam</a>
        ）在梯度下降上加了三样东西：
      </>
    ),
    adds: [
      <>
        <strong>动量（momentum）。</strong>Adam 跟随的是近期梯度的滑动平均 <var>m</var>
        ，而不只是最新的那一个。反复出现的方向会越走越快；单独一批 {m.training.batchSize} 条影评带来的噪声则被平均掉。
      </>,
      <>
        <strong>每个权重有自己的步长。</strong>它还维护梯度平方的滑动平均 <var>v</var>，并把每一步除以 √<var>v</var>
        。梯度大而跳动的权重走得谨慎；梯度小而且少见的权重（比如生僻词的词嵌入行）仍能以合适的速度移动。
      </>,
      <>
        <strong>偏差修正（bias correction）。</strong>两个平均值都从零开始，所以最初几步里它们偏小，偏向零。Adam
        把它们除以 1 − β
        <sup>
          <var>t</var>
        </sup>
        （<var>t</var> 是到目前为止的更新次数），消除这种偏差；随着 <var>t</var> 增大，修正的作用逐渐消失。
      </>,
    ],
    defaultsTitle: "默认参数",
    defaults: (
      <>
        Keras 里的 <code>optimizer=&apos;adam&apos;</code> 和这里的 <code>tf.train.adam(learningRate)</code>{" "}
        使用相同的默认参数，而且效果足够好，教程从头到尾都没改过。这个模型的学习率是{" "}
        <code>{m.training.learningRate}</code>。
      </>
    ),
    head: ["Keras / TensorFlow.js", "默认值", "作用"],
    scale: (
      <>
        这次训练每轮更新 {formatInteger(u.batches, "zh")} 次（{formatInteger(m.training.trainExamples, "zh")}{" "}
        条影评，每批 {m.training.batchSize} 条），一共 {formatInteger(u.updates, "zh")} 次，每次都让全部{" "}
        {formatInteger(u.weights, "zh")} 个权重各按自己的步长移动。
      </>
    ),
  };
};

export default function AdamPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="adam">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <h2>{t.jobTitle}</h2>
            <p>{t.job}</p>
            <Equation label="w becomes w minus eta times g">
              <var>w</var> ← <var>w</var> − η · <var>g</var>
            </Equation>
            <h2>{t.addsTitle}</h2>
            <p>{t.source}</p>
            <ul>
              {t.adds.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <Equation label="Adam: m and v are running averages of g and g squared; the weight moves by eta times m hat over the square root of v hat plus epsilon">
              <span className="block">
                <var>m</var> ← β<sub>1</sub>
                <var>m</var> + (1 − β<sub>1</sub>) <var>g</var>, &nbsp; <var>v</var> ← β<sub>2</sub>
                <var>v</var> + (1 − β<sub>2</sub>) <var>g</var>
                <sup>2</sup>
              </span>
              <span className="block">
                <var>w</var> ← <var>w</var> − η ·{" "}
                <Frac
                  top={
                    <>
                      <var>m</var> / (1 − β<sub>1</sub>
                      <sup>
                        <var>t</var>
                      </sup>
                      )
                    </>
                  }
                  bottom={
                    <>
                      √(<var>v</var> / (1 − β<sub>2</sub>
                      <sup>
                        <var>t</var>
                      </sup>
                      )) + ε
                    </>
                  }
                />
              </span>
            </Equation>
            <h2>{t.defaultsTitle}</h2>
            <p>{t.defaults}</p>
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
                  {DEFAULTS.map((row) => (
                    <tr key={row.name}>
                      <td>
                        <code>{row.name}</code>
                      </td>
                      <td className="font-mono">{row.value}</td>
                      <td>{row[language]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CodeCompare
              language={language}
              keras="model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])"
              file="scripts/lib/model.ts"
              from="model.compile({"
            />
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/fit.ts"
              from="const loss = model.optimizer.minimize("
              to=") as tf.Scalar;"
            />
            <Callout>
              <p>{t.scale}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
