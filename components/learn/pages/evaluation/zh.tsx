import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/format";
import type { Evaluation, ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { evaluateCommand } from "@/lib/training-command";
import type { Copy } from "./shape";

export const zh = (m: ModelMetadata): Copy => ({
  why: (
    <>
      模型只有在没见过的影评上有用，所以我们就在那里衡量它（
      <Link href={learnPath("zh", "training-vs-testing")}>原因</Link>
      ）。训练结束后，模型在权重固定的情况下把每条测试影评读一遍，再把每个答案与标签比较。
    </>
  ),
  resultsTitle: "结果",
  results: (e: Evaluation) => (
    <>
      在 {formatInteger(e.examples, "zh")} 条测试影评上，模型的准确率是 {formatPercent(e.accuracy)}。Keras 的{" "}
      <code>model.evaluate</code> 只报告两个数：损失和准确率；我们还保留了其余的信息：
    </>
  ),
  terms: [
    <>
      <strong>混淆矩阵</strong>（confusion matrix）统计每一类答案：正面影评被判为正面（真正例，true
      positive）或负面（假负例，false negative），负面影评被判为正面（假正例，false positive）或负面（真负例，true
      negative）。
    </>,
    <>
      <strong>精确率</strong>（precision）：被判为正面的影评里，真正正面的比例。<strong>召回率</strong>
      （recall）：所有正面影评里，被找出来的比例。<strong>F1</strong> 综合了这两者。
    </>,
    <>
      <strong>ROC AUC</strong>：随机取一条正面影评和一条负面影评，正面那条得到更高概率的可能性。它不依赖 0.5
      这个阈值；0.5 等于瞎猜，1 为完美。
    </>,
  ],
  missing: (
    <>
      这个模型还没有评估过。请运行 <code>{evaluateCommand(m)}</code>，然后重新构建网站。
    </>
  ),
  errsTitle: "模型在哪里出错",
  errs: (
    <>
      下面是它最有把握却判错了的影评，随模型一起保存。模型读的是<em>最后</em> {m.model.maxLen}{" "}
      个词元，而且最看重最后的几个词，所以这里显示每条影评的结尾：
    </>
  ),
  noExamples: (
    <>
      这个模型的 metadata.json 里没有保存出错的例子。<code>{evaluateCommand(m)}</code> 会把最有把握的错误存成简短摘录。
    </>
  ),
  opening: "（这是影评的开头：这个模型的 metadata.json 没有保存结尾；重新运行评估即可保存）",
  truth: (label: 0 | 1) => (label === 1 ? "实际为正面" : "实际为负面"),
  said: "模型给出 P(正面) =",
  reasonsTitle: "它为什么出错",
  reasons: [
    <>
      <strong>结尾说了算。</strong>判断跟着最后几句话走。先夸后骂、或者以题外话结尾的影评，会按结尾来读（
      <Link href={learnPath("zh", "lstm")}>LSTM 一页</Link>）。
    </>,
    <>
      <strong>否定。</strong>模型基本上把“not
      bad”读成“bad”：它没有学会在“not”之后把一个词的情感反过来。我们训练的第一个模型最有把握的错误之一，结尾是“Not
      highly recommended.”；下面的练习用实时模型来检验。
    </>,
    <>
      <strong>用负面的词来夸奖。</strong>“Less is better”（少即是好）、“a caveat not to dazzle, amuse then ultimately
      insult us”：一条正面影评，用的却是通常用来抱怨的词。
    </>,
    <>
      <strong>标签与文字不一致。</strong>IMDB
      的标签来自星级评分，而不是文字。第一个模型最有把握的三个假正例里，有两条的结尾是“Highly Recommended:
      7/10”和“7.8/10”，却被归为负面（评分 4）：模型对文字的判断其实是对的。
    </>,
  ],
  reasonsSource: (
    <>
      这些原因来自阅读本课程训练的第一个模型最有把握的六个错误的结尾（2026-11-26 评估，测试文件{" "}
      <code>test/pos/10695_10</code>、<code>4762_8</code>、<code>7730_8</code>、<code>test/neg/3794_4</code>、
      <code>2370_4</code>、<code>7799_2</code>），而不是猜测。
    </>
  ),
  behaviourTitle: "行为测试集",
  behaviour: <>按能力分类的简短模板影评，以及这个模型答对的比例：</>,
  behaviourHead: ["能力", "答对", "共"],
  thresholdTitle: "移动阈值",
  threshold: (
    <>
      上面的一切都把 P(正面) &gt; 0.5
      的影评算作正面。每条测试影评的概率都随模型保存，所以你可以移动这个阈值，看混淆矩阵、精确率和召回率如何此消彼长，以及这个阈值落在
      ROC 曲线的什么位置。
    </>
  ),
  occlusionTitle: "哪些词决定了一条影评",
  occlusion: <>一次去掉一个词，看 P(正面) 怎么变：变化最大的词，就是判断所依赖的词。</>,
  exercise: {
    question: "模型能答对“This movie is bad.”。先猜一猜否定之后的那句的 P(正面)，再看答案。",
    texts: ["This movie is bad.", "This movie is not bad."],
    explanation: "如果两者很接近，说明模型基本上把“not bad”读成了“bad”：否定是它的弱点，和保存下来的错误所显示的一致。",
  },
});
