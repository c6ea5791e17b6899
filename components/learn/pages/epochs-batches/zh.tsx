import { formatDuration, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { type Copy, runFacts, VALIDATION_COMMAND, VALIDATION_RUN } from "./shape";

export const zh = (m: ModelMetadata): Copy => {
  const r = runFacts(m);
  return {
    termsTitle: "轮次和批次",
    terms: [
      <>
        一<strong>轮</strong>（epoch）就是把全部 {formatInteger(m.training.trainExamples, "zh")} 条训练影评过一遍。
      </>,
      <>
        一<strong>批</strong>（batch）是在权重更新一次之前一起读的那组影评。
        <code>batch_size={m.training.batchSize}</code> 表示模型读 {m.training.batchSize}{" "}
        条影评，把它们的损失和梯度取平均，然后走一步：每轮更新 {formatInteger(r.batches, "zh")} 次。
      </>,
      <>
        批越大，梯度越稳定，但每轮更新次数越少，也更占内存；批越小，更新越多，但也越嘈杂。教程里的 64
        是一个常见的折中；这个模型用的是 {m.training.batchSize}。
      </>,
    ],
    whyTitle: "为什么训练 2–3 轮？",
    why: (
      <>
        教程正文说模型很快就会过拟合，所以“只训练 2 轮”；它的代码却写的是 <code>epochs=3</code>，这个模型也照此训练了{" "}
        {m.training.epochs}{" "}
        轮。通常的理由是：第一轮学到大的轮廓，之后的几轮主要在打磨对训练影评本身的拟合，到某个时候，在新影评上的准确率不再提高，随后下降。这就是
        <strong>过拟合</strong>（overfitting）：死记训练集，连噪声一起记。训练得短一些也更省时间。
      </>
    ),
    checkTitle: "验证集上的一次实测",
    check: (
      <>
        我们在不碰测试影评的前提下检验了这个说法：一次训练从训练影评里留出 10% 作为验证集（validation set），训练 4
        轮。验证损失每一轮都在下降：{VALIDATION_RUN.map((h) => h.valLoss!.toFixed(3)).join(" → ")}
        。所以教程说的“两三轮后过拟合”在这里<em>没有</em>复现；按这次的结果，第 4
        轮还能再提高一点。提交的模型仍然保持教程的 3 轮，因为本课程讲解的是原样的教程。
      </>
    ),
    checkCaption: (
      <>
        这次验证实测：在用来训练的 90% 影评上的损失和准确率（每轮中边训练边取平均），以及每轮结束后在留出的 10%
        上的数值。该运行用的是上一版训练代码。命令：<code>{VALIDATION_COMMAND}</code>。
      </>
    ),
    curvesTitle: "这个模型的训练曲线",
    curves: (
      <>
        训练影评上的损失和准确率，是每一轮中边更新权重边取的平均
        {r.validated ? <>；验证集上的数值则是在每轮结束后计算的</> : null}。训练总用时：
        {formatDuration(m.trainingSeconds, "zh")}，使用 <code>{m.backend}</code> 后端。
      </>
    ),
    gap: r.testAccuracy ? (
      <>
        最后一轮：训练影评上 {r.trainAccuracy}；从未见过的测试影评上 {r.testAccuracy}
        。这两个数的测法不同：训练准确率是在权重还在变化时对整轮取的平均（前面的批次是由更差的模型读的），测试准确率则是训练结束后一次测出的。所以两者之差并不是干净的过拟合信号；应该像上面那样，比较每轮之后的验证损失。
      </>
    ) : null,
    validation: (
      <>
        要诚实地选择轮数，就不能盯着测试集：应当从训练影评里留出一部分（Keras 里是 <code>validation_split=0.1</code>
        ，我们的训练脚本是 <code>--validation-split 0.1</code>
        ），在它们的损失不再下降时停止。这个模型的验证集比例（validation split）是 {m.training.validationSplit}。
      </>
    ),
    buckets: (
      <>
        与 Keras
        的一个不同之处：我们的训练循环把长度相近的影评分到同一批，在前置填充的情况下，训练时间大约能减半。每条影评在每一轮里仍然恰好被读一次，顺序是按种子打乱的。
      </>
    ),
    exercise: {
      question: `两条都是训练影评：模型带着标签把每条各读了 ${m.training.epochs} 遍，每轮一遍。猜一猜它们的 P(正面)（第一条是负面，第二条是正面）。`,
      texts: [
        "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.",
        "I don't know why I like this movie so well, but I never get tired of watching it.",
      ],
      explanation: `把一条影评读 ${m.training.epochs} 遍并不会让模型把它背下来：每读一次只把权重微调一点，而这些权重还要兼顾其他 ${formatInteger(m.training.trainExamples, "zh")} 条影评。这与上面的验证实测一致：训练 4 轮之后，留出影评上的损失仍在下降。`,
    },
  };
};
