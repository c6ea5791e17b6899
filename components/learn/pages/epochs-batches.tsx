import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Figure } from "../figure";
import { formatDuration, formatInteger, formatPercent } from "@/lib/format";
import { LearnArticle } from "../learn-article";
import { TrainingCurves } from "../training-curves";

function runFacts(m: ModelMetadata) {
  const last = m.history.at(-1);
  return {
    batches: Math.ceil(m.training.trainExamples / m.training.batchSize),
    trainAccuracy: last ? formatPercent(last.accuracy) : "—",
    testAccuracy: m.evaluation ? formatPercent(m.evaluation.accuracy) : null,
    validated: m.history.some((h) => h.valAccuracy !== undefined),
  };
}

const en = (m: ModelMetadata) => {
  const r = runFacts(m);
  return {
    termsTitle: "Epoch and batch",
    terms: [
      <>An <strong>epoch</strong> is one pass over all {formatInteger(m.training.trainExamples, "en")} training reviews.</>,
      <>A <strong>batch</strong> is the group of reviews read together before the weights are updated once. With <code>batch_size={m.training.batchSize}</code> the model reads {m.training.batchSize} reviews, averages their losses and gradients, and takes one step: {formatInteger(r.batches, "en")} updates per epoch.</>,
      <>Bigger batches give a steadier gradient but fewer updates per epoch and need more memory; smaller ones give more, noisier updates. The tutorial&apos;s 64 is an ordinary middle choice; this model used {m.training.batchSize}.</>,
    ],
    whyTitle: "Why only 2–3 epochs",
    why: <>In the first epoch the model learns the broad strokes: which words are praise and which are complaints. Later epochs mostly polish its fit to the training reviews themselves. Training accuracy keeps rising, but accuracy on new reviews stops improving and then gets worse. That is <strong>overfitting</strong>: the model starts memorising its training set, noise included. For this small LSTM on IMDB, that turning point comes after about two or three epochs, so the tutorial stops at three. This model trained for {m.training.epochs}.</>,
    curvesTitle: "This model's training curves",
    curves: <>Loss and accuracy on the training reviews, averaged over each epoch while the weights were still changing{r.validated ? <>, and on the held-out validation reviews after each epoch</> : null}. Total training time: {formatDuration(m.trainingSeconds, "en")} on the <code>{m.backend}</code> backend.</>,
    gap: r.testAccuracy ? <>Last epoch: {r.trainAccuracy} on the training reviews; {r.testAccuracy} on the test reviews it never saw. The gap between the two is the first sign of overfitting to watch.</> : null,
    validation: <>To choose the number of epochs honestly, do not watch the test set: hold out part of the training reviews instead (<code>validation_split=0.2</code> in Keras, <code>--validation-split 0.2</code> for our training script) and stop when their loss stops falling. This model used a validation split of {m.training.validationSplit}.</>,
    buckets: <>One difference from Keras: our training loop groups reviews of similar length into the same batch, which roughly halves training time with padding in front. Every review is still read exactly once per epoch, in a shuffled, seeded order.</>,
  };
};

const zh: typeof en = (m) => {
  const r = runFacts(m);
  return {
    termsTitle: "轮次和批次",
    terms: [
      <>一<strong>轮</strong>（epoch）就是把全部 {formatInteger(m.training.trainExamples, "zh")} 条训练评论过一遍。</>,
      <>一<strong>批</strong>（batch）是在权重更新一次之前一起读的那组评论。<code>batch_size={m.training.batchSize}</code> 表示模型读 {m.training.batchSize} 条评论，把它们的损失和梯度取平均，然后走一步：每轮更新 {formatInteger(r.batches, "zh")} 次。</>,
      <>批越大，梯度越稳定，但每轮更新次数越少，也更占内存；批越小，更新越多，但也越嘈杂。教程里的 64 是一个常见的折中；这个模型用的是 {m.training.batchSize}。</>,
    ],
    whyTitle: "为什么只训练 2–3 轮",
    why: <>第一轮里，模型学到大的轮廓：哪些词是夸奖，哪些词是抱怨。之后的几轮主要是在打磨它对训练评论本身的拟合。训练准确率还在上升，但在新评论上的准确率不再提高，随后开始下降。这就是<strong>过拟合</strong>（overfitting）：模型开始死记训练集，连噪声一起记。对 IMDB 上这个小小的 LSTM，拐点大约出现在两三轮之后，所以教程训练三轮就停了。这个模型训练了 {m.training.epochs} 轮。</>,
    curvesTitle: "这个模型的训练曲线",
    curves: <>训练评论上的损失和准确率，是每一轮中边更新权重边取的平均{r.validated ? <>；验证评论上的数值则是在每轮结束后计算的</> : null}。训练总用时：{formatDuration(m.trainingSeconds, "zh")}，使用 <code>{m.backend}</code> 后端。</>,
    gap: r.testAccuracy ? <>最后一轮：训练评论上 {r.trainAccuracy}；从未见过的测试评论上 {r.testAccuracy}。两者之间的差距，是要留意的第一个过拟合信号。</> : null,
    validation: <>要诚实地选择轮数，就不能盯着测试集：应当从训练评论里留出一部分（Keras 里是 <code>validation_split=0.2</code>，我们的训练脚本是 <code>--validation-split 0.2</code>），在它们的损失不再下降时停止。这个模型的验证集比例（validation split）是 {m.training.validationSplit}。</>,
    buckets: <>与 Keras 的一个不同之处：我们的训练循环把长度相近的评论分到同一批，在前置填充的情况下，训练时间大约能减半。每条评论在每一轮里仍然恰好被读一次，顺序是按种子打乱的。</>,
  };
};

export default function EpochsBatchesPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="epochs-batches">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <h2>{t.termsTitle}</h2>
            <ul>{t.terms.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <CodeCompare language={language} keras="model.fit(X_train, y_train, epochs=3, batch_size=64)" file="scripts/train.ts" from="await fit(model, toExamples(trainReviews)" to="batchSize: flags.batchSize," />
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <h2>{t.curvesTitle}</h2>
            <Figure caption={t.curves}>
              <TrainingCurves history={m.history} language={language} />
            </Figure>
            {t.gap && <p>{t.gap}</p>}
            <Callout>
              <p>{t.validation}</p>
            </Callout>
            <p>{t.buckets}</p>
            <CodeCompare language={language} file="scripts/lib/fit.ts" from="const batches = lengthBuckets(" />
          </>
        );
      }}
    </LearnArticle>
  );
}
