import { formatDuration, formatInteger, formatPercent } from "@/lib/format";
import type { EpochRecord, ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { Figure } from "../figure";
import { LearnArticle } from "../learn-article";
import { TrainingCurves } from "../training-curves";
import { PredictThenTry } from "../widgets/predict-then-try";

/**
 * The previous round's validation check (tokenizer 1): 10% of the training reviews held
 * out, 4 epochs, test reviews not read. The command is VALIDATION_COMMAND below.
 */
const VALIDATION_RUN: EpochRecord[] = [
  { epoch: 1, loss: 0.4905, accuracy: 0.7593, valLoss: 0.5945, valAccuracy: 0.8152, seconds: 1008 },
  { epoch: 2, loss: 0.3352, accuracy: 0.8633, valLoss: 0.4374, valAccuracy: 0.8036, seconds: 888 },
  { epoch: 3, loss: 0.2693, accuracy: 0.8948, valLoss: 0.3629, valAccuracy: 0.862, seconds: 852 },
  { epoch: 4, loss: 0.2303, accuracy: 0.9112, valLoss: 0.3344, valAccuracy: 0.8676, seconds: 888 },
];
/** Made with the previous round's code (tokenizer 1, flags since replaced by recipes), hence the checkout. */
const VALIDATION_COMMAND =
  "git checkout 242c6c9 && npm run train -- --data ../shared/data/aclImdb_v1-labeled.tar.gz --epochs 4 --validation-split 0.1 --skip-evaluation";

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
      <>
        An <strong>epoch</strong> is one pass over all {formatInteger(m.training.trainExamples, "en")} training reviews.
      </>,
      <>
        A <strong>batch</strong> is the group of reviews read together before the weights are updated once. With{" "}
        <code>batch_size={m.training.batchSize}</code> the model reads {m.training.batchSize} reviews, averages their
        losses and gradients, and takes one step: {formatInteger(r.batches, "en")} updates per epoch.
      </>,
      <>
        Bigger batches give a steadier gradient but fewer updates per epoch and need more memory; smaller ones give
        more, noisier updates. The tutorial&apos;s 64 is an ordinary middle choice; this model used{" "}
        {m.training.batchSize}.
      </>,
    ],
    whyTitle: "Why 2–3 epochs?",
    why: (
      <>
        The tutorial&apos;s prose says the model overfits quickly and trains for &ldquo;only 2 epochs&rdquo;; its code
        says <code>epochs=3</code>, and that is what this model ran ({m.training.epochs} epochs). The usual reasoning:
        the first epoch learns the broad strokes, later ones polish the fit to the training reviews, and at some point
        accuracy on new reviews stops improving and then falls. That is <strong>overfitting</strong>: memorising the
        training set, noise included. Keeping the run short also keeps it cheap.
      </>
    ),
    checkTitle: "What a validation run shows here",
    check: (
      <>
        We checked the claim without touching the test reviews: one run held out 10% of the training reviews and trained
        4 epochs. Validation loss fell every epoch: {VALIDATION_RUN.map((h) => h.valLoss!.toFixed(3)).join(" → ")}. So
        the tutorial&apos;s overfitting after two or three epochs is <em>not</em> reproduced here; by this run, a 4th
        epoch would still help a little. The committed model keeps the tutorial&apos;s 3 epochs anyway, because the
        course explains the tutorial as written.
      </>
    ),
    checkCaption: (
      <>
        The validation run: loss and accuracy on the 90% it trained on, averaged during each epoch, and on the held-out
        10% after each epoch, made with the previous version of the training code. Command:{" "}
        <code>{VALIDATION_COMMAND}</code>.
      </>
    ),
    curvesTitle: "This model's training curves",
    curves: (
      <>
        Loss and accuracy on the training reviews, averaged over each epoch while the weights were still changing
        {r.validated ? <>, and on the held-out validation reviews after each epoch</> : null}. Total training time:{" "}
        {formatDuration(m.trainingSeconds, "en")} on the <code>{m.backend}</code> backend.
      </>
    ),
    gap: r.testAccuracy ? (
      <>
        Last epoch: {r.trainAccuracy} on the training reviews; {r.testAccuracy} on the test reviews it never saw. These
        two numbers are not measured alike: the training figure is averaged over the epoch while the weights still
        changed (early batches were read by a worse model), the test figure is measured once, after training. So their
        gap is not a clean sign of overfitting; compare validation loss after each epoch instead, as above.
      </>
    ) : null,
    validation: (
      <>
        To choose the number of epochs honestly, do not watch the test set: hold out part of the training reviews
        instead (<code>validation_split=0.1</code> in Keras, <code>--validation-split 0.1</code> for our training
        script) and stop when their loss stops falling. This model used a validation split of{" "}
        {m.training.validationSplit}.
      </>
    ),
    buckets: (
      <>
        One difference from Keras: our training loop groups reviews of similar length into the same batch, which roughly
        halves training time with padding in front. Every review is still read exactly once per epoch, in a shuffled,
        seeded order.
      </>
    ),
    exercise: {
      question: `Both reviews are from the training set: the model read each of them ${m.training.epochs} times, once per epoch, with its label. Guess P(positive) for each (the first is negative, the second positive).`,
      texts: [
        "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.",
        "I don't know why I like this movie so well, but I never get tired of watching it.",
      ],
      explanation: `Reading a review ${m.training.epochs} times does not make the model memorise it: it only nudges the weights a little each time, shared with ${formatInteger(m.training.trainExamples, "en")} other reviews. That fits the validation run above: after 4 epochs, the loss on held-out reviews was still falling.`,
    },
  };
};

const zh: typeof en = (m) => {
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

export default function EpochsBatchesPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="epochs-batches">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <h2>{t.termsTitle}</h2>
            <ul>
              {t.terms.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <CodeCompare
              language={language}
              keras="model.fit(X_train, y_train, epochs=3, batch_size=64)"
              file="scripts/lib/imdb/train-imdb.ts"
              from="const fitted = await fit("
              to="batchSize: recipe.batchSize,"
            />
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <h2>{t.curvesTitle}</h2>
            <Figure caption={t.curves}>
              <TrainingCurves history={m.history} language={language} />
            </Figure>
            <h2>{t.checkTitle}</h2>
            <p>{t.check}</p>
            <Figure caption={t.checkCaption}>
              <TrainingCurves history={VALIDATION_RUN} language={language} />
            </Figure>
            {t.gap && <p>{t.gap}</p>}
            <Callout>
              <p>{t.validation}</p>
            </Callout>
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.buckets}</p>
            <CodeCompare language={language} file="scripts/lib/imdb/fit.ts" from="const batches = lengthBuckets(" />
          </>
        );
      }}
    </LearnArticle>
  );
}
