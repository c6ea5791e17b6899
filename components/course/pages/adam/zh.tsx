import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";
import { updateFacts } from "./facts";

export const zh = (m: ModelMetadata): Copy => {
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
    roles: ["基础步长 η", "动量记住过去梯度的时长", "梯度大小估计的记忆时长", "防止除以零"],
    scale: (
      <>
        这次训练每轮更新 {formatInteger(u.batches, "zh")} 次（{formatInteger(m.training.trainExamples, "zh")}{" "}
        条影评，每批 {m.training.batchSize} 条），一共 {formatInteger(u.updates, "zh")} 次，每次都让全部{" "}
        {formatInteger(u.weights, "zh")} 个权重各按自己的步长移动。
      </>
    ),
  };
};
