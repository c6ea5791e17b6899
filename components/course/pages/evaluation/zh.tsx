import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/format";
import type { Evaluation, ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { evaluateCommand } from "@/lib/training-command";
import { orderFlips } from "../../order-example";
import type { Copy } from "./copy";

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
      <strong>ROC 曲线下面积（ROC AUC）</strong>
      ：随机取一条正面影评和一条负面影评，正面那条得到更高概率的可能性。它不依赖 0.5 这个阈值；0.5 等于瞎猜，1 为完美。
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
      下面是它最有把握却判错了的影评，随模型一起保存的是它们的开头（前几百个字符）。模型读的是一条影评最后至多{" "}
      {m.model.maxLen} 个词元，所以长影评里它最后读到的部分不在显示的文字里。每条下面是显示出的文字所提示的原因：
    </>
  ),
  noExamples: (
    <>
      这个模型的 metadata.json 里没有保存出错的例子。<code>{evaluateCommand(m)}</code> 会把最有把握的错误存成简短摘录。
    </>
  ),
  truth: (label: 0 | 1) => (label === 1 ? "实际为正面" : "实际为负面"),
  said: "模型给出 P(正面) =",
  reasonsTitle: "显示出的错误有什么共同点",
  notes: {
    boringSuccess: (
      <>一条用抱怨的词写成的正面影评：“one hell of a boring watch”“unwatchable”；作者那句“it is a success”寡不敌众。</>
    ),
    robocop: (
      <>
        剧情概要：“sinister”“creepy”“killed”“horrible”描述的是故事里发生的事，而不是电影的好坏；逐词读来，它们都像抱怨。
      </>
    ),
    notAsBad: (
      <>
        否定：“not as bad as some say”“hate”“(not great)”。夸奖被一些词包裹着，而在 IMDB
        的标签里，这些词大多出现在负面影评中。
      </>
    ),
    strangeFruit: (
      <>
        开头在夸（“an excellent movie”），也在开脱（“for a low-budget movie”）；标签来自星级评分（4
        星或更低），所以要么影评在后面转了口风，要么评分与文字不一致。保存的开头无法分辨是哪一种。
      </>
    ),
    risingDamp: <>开头满怀感情地介绍这部电影源自的情景喜剧；若有抱怨，也在显示的开头之后。</>,
    disappointed: (
      <>
        一个“disappointed”对上许多夸奖的词：“well acted and directed”“liked
        it”“chuckle”“suspense”。模型是把各个词的信号加起来的；作者的结论却只在那一处转折里。
      </>
    ),
  },
  reasons: [
    {
      keys: ["boringSuccess", "robocop"],
      text: (refs) => (
        <>
          <strong>正面影评里的抱怨词</strong>（{refs}）：通常用来抱怨的词，被用来描述剧情，或者用来开玩笑。
        </>
      ),
    },
    {
      keys: ["notAsBad"],
      text: (refs) => (
        <>
          <strong>否定</strong>（{refs}）：模型基本上把“not bad”读成“bad”；下面的练习用实时模型来检验。
        </>
      ),
    },
    {
      keys: ["strangeFruit", "disappointed"],
      text: (refs) => (
        <>
          <strong>负面影评里的夸奖</strong>（{refs}）：IMDB 的标签来自星级评分，而不是文字；一条夸了表演、却只给 4
          星的影评，逐词读来就是正面的。
        </>
      ),
    },
  ],
  order: (o) => (
    <>
      <strong>词的位置</strong>也有影响：在 <Link href={learnPath("zh", "lstm")}>LSTM 一页</Link>
      上，同样的抱怨和夸奖，夸奖在后时 P(正面) = {o.praiseLast.toFixed(2)}，夸奖在前时为 {o.praiseFirst.toFixed(2)}
      {orderFlips(o) ? "：仅换顺序就翻转了判断" : o.praiseLast > o.praiseFirst ? "：结尾的分量更重" : ""}。
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
