import Link from "next/link";
import type { Evaluation, ModelMetadata } from "@/lib/metadata";
import { learnPath, type Language } from "@/lib/site";
import { EVALUATE_COMMAND } from "@/lib/training-command";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { EvaluationResults } from "../evaluation-results";
import { formatInteger, formatPercent } from "@/lib/format";
import { LearnArticle } from "../learn-article";

const en = (m: ModelMetadata) => ({
  why: <>A model is only useful on reviews it has not seen, so that is where we measure it (<Link href={learnPath("en", "training-vs-testing")}>why</Link>). After training, the model read every test review once, with its weights frozen, and each answer was compared with the label.</>,
  resultsTitle: "The results",
  results: (e: Evaluation) => <>On {formatInteger(e.examples, "en")} test reviews the model is right {formatPercent(e.accuracy)} of the time. Keras&apos;s <code>model.evaluate</code> reports two numbers, the loss and the accuracy; we also keep the rest of the picture:</>,
  terms: [
    <>The <strong>confusion matrix</strong> counts each kind of answer: positive reviews called positive (true positives) or negative (false negatives), and negative reviews called positive (false positives) or negative (true negatives).</>,
    <><strong>Precision</strong>: of the reviews it called positive, the share that were. <strong>Recall</strong>: of the positive reviews, the share it found. <strong>F1</strong> combines the two.</>,
    <><strong>ROC AUC</strong>: the chance that a random positive review gets a higher probability than a random negative one. It ignores the 0.5 threshold; 0.5 is guessing, 1 is perfect.</>,
  ],
  missing: <>This model has not been evaluated yet. Run <code>{EVALUATE_COMMAND}</code> and rebuild the site.</>,
  errsTitle: "Where the model errs",
  errs: <>The reviews it got most confidently wrong, as short excerpts stored with the model:</>,
  noExamples: <>This model&apos;s metadata.json holds no example mistakes. <code>{EVALUATE_COMMAND}</code> stores the most confident ones as short excerpts.</>,
  truth: (label: 0 | 1): string => (label === 1 ? "actually positive" : "actually negative"),
  said: "model said P(positive) =",
  reasons: <>Common causes: sarcasm (&ldquo;a masterpiece of boredom&rdquo;), reviews that praise the actors and pan the film, verdicts that depend on words outside the vocabulary, and long reviews whose opening was cut to fit {m.model.maxLen} tokens.</>,
});

const zh: typeof en = (m) => ({
  why: <>模型只有在没见过的评论上有用，所以我们就在那里衡量它（<Link href={learnPath("zh", "training-vs-testing")}>原因</Link>）。训练结束后，模型在权重固定的情况下把每条测试评论读一遍，再把每个答案与标签比较。</>,
  resultsTitle: "结果",
  results: (e: Evaluation) => <>在 {formatInteger(e.examples, "zh")} 条测试评论上，模型的正确率是 {formatPercent(e.accuracy)}。Keras 的 <code>model.evaluate</code> 只报告两个数：损失和准确率；我们还保留了其余的信息：</>,
  terms: [
    <><strong>混淆矩阵</strong>（confusion matrix）统计每一类答案：正面评论被判为正面（真正例，true positive）或负面（假负例，false negative），负面评论被判为正面（假正例，false positive）或负面（真负例，true negative）。</>,
    <><strong>精确率</strong>（precision）：被判为正面的评论里，真正正面的比例。<strong>召回率</strong>（recall）：所有正面评论里，被找出来的比例。<strong>F1</strong> 综合了这两者。</>,
    <><strong>ROC AUC</strong>：随机取一条正面评论和一条负面评论，正面那条得到更高概率的可能性。它不依赖 0.5 这个阈值；0.5 等于瞎猜，1 为完美。</>,
  ],
  missing: <>这个模型还没有评估过。请运行 <code>{EVALUATE_COMMAND}</code>，然后重新构建网站。</>,
  errsTitle: "模型在哪里出错",
  errs: <>下面是它最有把握却判错了的评论，以简短摘录的形式随模型一起保存：</>,
  noExamples: <>这个模型的 metadata.json 里没有保存出错的例子。<code>{EVALUATE_COMMAND}</code> 会把最有把握的错误存成简短摘录。</>,
  truth: (label: 0 | 1) => (label === 1 ? "实际为正面" : "实际为负面"),
  said: "模型给出 P(正面) =",
  reasons: <>常见的原因有：反讽（“a masterpiece of boredom”，一部无聊的杰作）；夸演员、贬电影的评论；决定性的词不在词汇表里；以及太长的评论被截掉了开头，才能放进 {m.model.maxLen} 个词。</>,
});

export default function EvaluationPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="evaluation">
      {(m) => {
        const t = { en, zh }[language](m);
        const evaluation = m.evaluation;
        return (
          <>
            <p>{t.why}</p>
            <CodeCompare language={language} keras="scores = model.evaluate(X_test, y_test, verbose=0)" file="scripts/lib/evaluation.ts" from="...binaryMetrics(labels, probabilities)," />
            <h2>{t.resultsTitle}</h2>
            {evaluation ? (
              <>
                <p>{t.results(evaluation)}</p>
                <EvaluationResults evaluation={evaluation} language={language} />
                <ul>{t.terms.map((item, i) => <li key={i}>{item}</li>)}</ul>
              </>
            ) : (
              <Callout kind="warning"><p>{t.missing}</p></Callout>
            )}
            <h2>{t.errsTitle}</h2>
            {evaluation?.mistakes?.length ? (
              <>
                <p>{t.errs}</p>
                {evaluation.mistakes.map((mistake, i) => (
                  <figure key={i} data-testid="mistake" className="my-4 rounded-lg border border-zinc-200 p-3">
                    <blockquote lang="en" className="m-0 text-[0.9375rem] italic">“{mistake.excerpt}”</blockquote>
                    <figcaption className="mt-1 text-sm text-zinc-600">
                      {t.truth(mistake.label)} · {t.said} {mistake.probability.toFixed(3)}
                    </figcaption>
                  </figure>
                ))}
              </>
            ) : (
              evaluation && <p>{t.noExamples}</p>
            )}
            <p>{t.reasons}</p>
          </>
        );
      }}
    </LearnArticle>
  );
}
