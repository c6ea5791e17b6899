import Link from "next/link";
import { formatDuration, formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { localePath } from "@/lib/site";
import type { Copy } from "./copy";
import { runFacts } from "./facts";

/** The validation sets metadata.json names, in this language. */
const SET_NAMES: Record<string, string> = {
  validation: "留出的影评",
  "short validation": "从这些影评截出的短片段",
  "treebank dev": "斯坦福情感树库（Stanford Sentiment Treebank）的开发集句子",
};

export const zh = (m: ModelMetadata): Copy => {
  const r = runFacts(m);
  return {
    termsTitle: "轮次和批",
    terms: [
      <>
        一<strong>轮</strong>（epoch）就是把全部 {formatInteger(m.training.trainExamples, "zh")} 条训练影评过一遍。
      </>,
      <>
        一<strong>批</strong>（batch）是在权重更新一次之前一起读的那组影评。
        <code>batch_size={m.training.batchSize}</code> 表示模型读 {m.training.batchSize}{" "}
        条影评，把它们的损失和梯度取平均，然后走一步：每轮更新{" "}
        <span data-testid="updates-per-epoch">{formatInteger(r.batches, "zh")}</span> 次（⌈
        {formatInteger(m.training.trainExamples, "zh")} / {m.training.batchSize}⌉），而每读一条就更新一次的话会是{" "}
        {formatInteger(m.training.trainExamples, "zh")} 次。教程说分批是为了“拉开权重更新的间隔”（space out the weight
        updates），指的就是这个：不再每读一条就更新，步数更少、更稳，每一步都是 {m.training.batchSize} 条影评的平均。
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
    checkTitle: "记录下来的曲线说明了什么",
    check: (v) => (
      <>
        上面教程的模型没有留出任何影评，所以它的曲线只反映训练影评；而训练损失会随着模型越来越贴合这些影评一直下降，它显示不出过拟合。输入框的模型训练时做了留出检查：
        <code>{v.command}</code> 把 {Math.round(v.heldOut * 100)}% 的训练影评留作验证集（validation
        set），每轮结束后测一次
        {v.sets.length > 1 ? (
          <>
            ，同时测
            {v.sets
              .filter((set) => set !== "validation")
              .map((set) => SET_NAMES[set] ?? set)
              .join("和")}
            （下面的损失是这 {v.sets.length} 个验证集的平均值，每个验证集同等计入）
          </>
        ) : null}
        。验证损失{v.sets.length > 1 ? "（平均值）" : ""}逐轮是：
        <span data-testid="validation-losses">{v.valLosses.join(" → ")}</span>
        {v.heldOutReviews ? (
          <>
            ；单看留出的影评，损失是
            <span data-testid="held-out-losses">{v.heldOutReviews.losses.join(" → ")}</span>（准确率
            <span data-testid="held-out-accuracies">
              {v.heldOutReviews.accuracies.map((a) => formatPercent(a, 1, "zh")).join(" → ")}
            </span>
            ）
          </>
        ) : null}
        。{v.sets.length > 1 ? "平均值的" : ""}最低点在第 <strong data-testid="validation-best-epoch">{v.best}</strong>{" "}
        轮之后
        {v.kept < v.ran ? (
          <>
            ；早停（early stopping）在 {v.ran} 轮后结束训练，保留了第{" "}
            <span data-testid="validation-kept-epoch">{v.kept}</span> 轮
          </>
        ) : (
          <>
            （共 <span data-testid="validation-kept-epoch">{v.ran}</span> 轮）
          </>
        )}
        。
        {v.overfitAfterBest ? (
          <>
            第 {v.best} 轮之后，训练损失继续下降（{v.trainLosses.slice(v.best - 1).join(" → ")}
            ），验证损失却一直高于它的最低点：模型在继续贴合训练影评，代价是新影评。这正是教程所说的过拟合，在记录下来的数字里看得见；也是输入框的模型保留第{" "}
            {v.kept} 轮的原因。
          </>
        ) : v.best === v.ran ? (
          <>验证损失到最后一轮仍在下降：对这个配方，再多训练几轮也许还有帮助。</>
        ) : (
          <>那一轮之后，训练损失和验证损失并没有朝相反的方向变化。</>
        )}
        教程的模型仍然保持 3 轮，因为本课程讲解的是原样的教程。
      </>
    ),
    checkCaption: (v) => (
      <>
        输入框的模型（<Link href={localePath("zh", "/model")}>模型卡片</Link>
        ）：在训练影评上的损失和准确率（每轮中边训练边取平均），以及每轮结束后
        {v.heldOutReviews ? (
          <>
            在 {v.sets.length} 个验证集上的平均值（虚线）和仅在留出的 {Math.round(v.heldOut * 100)}%
            训练影评上的数值（灰线）
          </>
        ) : (
          <>在留出的 {Math.round(v.heldOut * 100)}% 上的数值</>
        )}
        ，均为 <code>{v.command}</code> 写进其 metadata.json 的记录。
      </>
    ),
    noBoxModel: (
      <>
        这次构建里没有输入框的模型，所以无法显示它记录的验证曲线：用 <code>npm run train -- --recipe default</code>{" "}
        训练它，再重新构建网站。
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
        。这两个数的测法不同：训练准确率是在权重还在变化时对整轮取的平均（前面的批是由更差的模型读的），测试准确率则是训练结束后一次测出的。所以两者之差并不是干净的过拟合信号；应该像上面那样，比较每轮之后的验证损失。
      </>
    ) : null,
    validation: (
      <>
        要诚实地选择轮数，就不能盯着测试集：应当从训练影评里留出一部分（Keras 里是 <code>validation_split=0.1</code>
        ；这里是 <code>scripts/lib/imdb/recipes.ts</code> 里配方的 <code>validationFraction</code>
        ），在它们的损失不再下降时停止。教程的模型留出的比例是 {m.training.validationSplit}
        ；输入框的模型就是这样训练的，见上文。
      </>
    ),
    buckets: (
      <>
        与 Keras
        的一个不同之处：我们的训练循环把长度相近的影评分到同一批，在前置填充的情况下，训练时间大约能减半。每条影评在每一轮里仍然恰好被读一次，顺序是按种子打乱的。
      </>
    ),
    exercise: {
      question: `两条都是训练影评：教程的模型带着标签把每条各读了 ${m.training.epochs} 遍，每轮一遍。猜一猜它们的 P(正面)（第一条是负面，第二条是正面）。`,
      texts: [
        "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.",
        "I don't know why I like this movie so well, but I never get tired of watching it.",
      ],
      explanation: `把一条影评读 ${m.training.epochs} 遍并不会让模型把它背下来：每读一次只把权重微调一点，而这些权重还要兼顾其他 ${formatInteger(m.training.trainExamples, "zh")} 条影评。`,
    },
  };
};
