import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import type { Copy } from "./copy";
import { facts } from "./facts";

export const zh = (m: ModelMetadata): Copy => {
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
        ["权重会变吗？", "会，每一批之后都变", "不会"],
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
