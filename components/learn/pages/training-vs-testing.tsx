import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { type Language, learnPath } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { LearnArticle } from "../learn-article";
import { PredictThenTry } from "../widgets/predict-then-try";

const facts = (m: ModelMetadata, language: Language) => ({
  train: formatInteger(m.training.trainExamples, language),
  test: m.evaluation ? formatInteger(m.evaluation.examples, language) : "—",
  trainAccuracy: formatPercent(m.history.at(-1)?.accuracy ?? NaN),
  testAccuracy: m.evaluation ? formatPercent(m.evaluation.accuracy) : "—",
});

const en = (m: ModelMetadata) => {
  const f = facts(m, "en");
  return {
    intro: (
      <>
        The tutorial does two different things with its reviews. <code>model.fit</code> <em>trains</em>: it changes the
        model. <code>model.evaluate</code> <em>tests</em>: it only measures the model. They use different reviews, and
        the difference matters.
      </>
    ),
    trainingTitle: "Training: learning from labelled examples",
    training: (
      <>
        During training the model reads a review, guesses how positive it is, and compares the guess with the label (0 =
        negative, 1 = positive). The size of the mistake, the <Link href={learnPath("en", "log-loss")}>loss</Link>,
        tells the <Link href={learnPath("en", "adam")}>optimizer</Link> how to nudge every weight so the next guess is a
        little better. Our model did this over {f.train} training reviews,{" "}
        {m.training.epochs === 1 ? "once" : `${m.training.epochs} times over`} (
        <Link href={learnPath("en", "epochs-batches")}>epochs</Link>).
      </>
    ),
    testingTitle: "Testing: an exam on reviews it never saw",
    testing: (
      <>
        Testing asks: how well does the trained model do on reviews that played no part in training? The test reviews
        are read, the guesses are compared with the labels, and we count. Nothing is learned: no loss is sent back, no
        weight moves. If testing changed the weights, the test set would become training data and the score would stop
        measuring anything.
      </>
    ),
    whyTitle: "Why data the model never saw",
    why: (
      <>
        A model with {formatInteger(m.model.numWords * m.model.embeddingDim, "en")} embedding numbers alone can partly
        memorise its training reviews. A high score on them proves little, like a student who has seen the exam answers.
        Only unseen reviews show whether it learned something that carries over to new text, which is what you want when
        you type your own review.
      </>
    ),
    table: {
      head: ["", "Training", "Testing"],
      rows: [
        ["Purpose", "Find good weights", "Measure how good they are"],
        ["Reviews", `${f.train} training reviews`, `${f.test} test reviews, never used in training`],
        ["Labels are used to", "compute the loss and its gradient", "count right and wrong answers"],
        ["Weights change?", "Yes, after every batch", "No"],
        ["Keras", "model.fit(X_train, y_train, …)", "model.evaluate(X_test, y_test)"],
        ["This model's accuracy", `${f.trainAccuracy} (last epoch, while learning)`, f.testAccuracy],
      ],
    },
    codeTitle: "The same two steps in code",
    vocabulary: (
      <>
        The split goes further than the weights: our vocabulary, too, is counted from the training reviews only, so no
        word statistics leak in from the test reviews.
      </>
    ),
    box: (
      <>
        The review box on the home page is testing, too: the model reads your text with fixed weights and learns nothing
        from it.
      </>
    ),
    exercise: {
      question:
        "The first review is from the training set; the second says the same thing in new words. Guess P(positive) for both.",
      texts: [
        "I don't know why I like this movie so well, but I never get tired of watching it.",
        "I can't explain why this film works for me, but I could watch it again and again.",
      ],
      explanation:
        "Being in the training set does not guarantee a right answer: the model does not memorise each review. One pair of reviews proves little either way; how well it carries over to new text is what the test set measures, on thousands of unseen reviews.",
    },
  };
};

const zh: typeof en = (m) => {
  const f = facts(m, "zh");
  return {
    intro: (
      <>
        教程对影评做了两件不同的事。<code>model.fit</code> 是<em>训练</em>（training）：它会改变模型。
        <code>model.evaluate</code> 是<em>测试</em>（testing）：它只测量模型。两者用的是不同的影评，这一点很重要。
      </>
    ),
    trainingTitle: "训练：从带标签的例子中学习",
    training: (
      <>
        训练时，模型读一条影评，猜它有多正面，再把猜测和标签（0 = 负面，1 = 正面）比较。错得有多大就是
        <Link href={learnPath("zh", "log-loss")}>损失</Link>（loss），<Link href={learnPath("zh", "adam")}>优化器</Link>
        （optimizer）据此微调每一个权重，让下一次猜得好一点。我们的模型在 {f.train} 条训练影评上这样做，一共过了{" "}
        {m.training.epochs} 遍（<Link href={learnPath("zh", "epochs-batches")}>轮次</Link>，epoch）。
      </>
    ),
    testingTitle: "测试：用没见过的影评来考试",
    testing: (
      <>
        测试要回答的是：训练好的模型，在完全没参与训练的影评上表现如何？模型读测试影评，把猜测和标签比较，然后计数。这个过程不学习任何东西：不回传损失，也不改动任何权重。如果测试也改权重，测试集就变成了训练数据，分数也就不再能说明什么。
      </>
    ),
    whyTitle: "为什么要用模型没见过的数据",
    why: (
      <>
        单是词嵌入层就有 {formatInteger(m.model.numWords * m.model.embeddingDim, "zh")}{" "}
        个数字，模型完全可以部分“背下”训练影评。在训练影评上得高分说明不了多少，就像提前看过答案的学生。只有没见过的影评才能说明它学到的东西能否推广到新文本，而你输入自己的影评时，需要的正是这一点。
      </>
    ),
    table: {
      head: ["", "训练", "测试"],
      rows: [
        ["目的", "找到好的权重", "衡量这些权重有多好"],
        ["影评", `${f.train} 条训练影评`, `${f.test} 条测试影评，训练中从未用过`],
        ["标签用来", "计算损失及其梯度（gradient）", "统计答对和答错的数量"],
        ["权重会变吗？", "会，每个批次之后都变", "不会"],
        ["Keras", "model.fit(X_train, y_train, …)", "model.evaluate(X_test, y_test)"],
        ["本模型的准确率", `${f.trainAccuracy}（最后一轮，边学边算）`, f.testAccuracy],
      ],
    },
    codeTitle: "代码里的这两步",
    vocabulary: <>这种分隔不只针对权重：我们的词汇表也只从训练影评中统计，测试影评的词频信息不会混进来。</>,
    box: <>首页的影评输入框做的也是测试：模型用固定的权重读你的文字，不会从中学到任何东西。</>,
    exercise: {
      question: "第一条来自训练集；第二条用新的说法讲了同样的意思。分别猜一猜 P(正面)。",
      texts: [
        "I don't know why I like this movie so well, but I never get tired of watching it.",
        "I can't explain why this film works for me, but I could watch it again and again.",
      ],
      explanation:
        "出现在训练集里并不保证答对：模型不会逐条背下影评。一对影评说明不了什么；它能否推广到新文本，要靠测试集在成千上万条没见过的影评上来衡量。",
    },
  };
};

export default function TrainingVsTestingPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="training-vs-testing">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.trainingTitle}</h2>
            <p>{t.training}</p>
            <h2>{t.testingTitle}</h2>
            <p>{t.testing}</p>
            <h2>{t.whyTitle}</h2>
            <p>{t.why}</p>
            <div className="overflow-x-auto">
              <table data-testid="comparison-table">
                <thead>
                  <tr>
                    {t.table.head.map((cell) => (
                      <th key={cell}>{cell}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {t.table.rows.map(([label, training, testing]) => (
                    <tr key={label}>
                      <th>{label}</th>
                      <td>{training}</td>
                      <td>{testing}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2>{t.codeTitle}</h2>
            <CodeCompare
              language={language}
              keras="model.fit(X_train, y_train, epochs=3, batch_size=64)"
              file="scripts/lib/imdb/train-imdb.ts"
              from="const fitted = await fit("
            />
            <CodeCompare
              language={language}
              keras={'scores = model.evaluate(X_test, y_test, verbose=0)\nprint("Accuracy: %.2f%%" % (scores[1]*100))'}
              file="scripts/lib/imdb/train-imdb.ts"
              from="const evaluation = testEvaluation("
            />
            <Callout>
              <p>{t.vocabulary}</p>
            </Callout>
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/train-imdb.ts"
              from="// The vocabulary comes from the training texts only"
              to="const vocabulary = buildVocabulary("
            />
            <PredictThenTry language={language} {...t.exercise} />
            <p>{t.box}</p>
          </>
        );
      }}
    </LearnArticle>
  );
}
