import type { Copy } from "./shape";

export const zh: Copy = {
  intro: (
    <>
      教程的做法是在 IMDB
      的测试影评上衡量的，而那些影评大多有几百个词；人们在框里往往只写一行。本页在同样的留出数据上比较三者：教程的模型、本站影评框用的模型（同一类网络：一个词嵌入层、一个
      LSTM、一个 sigmoid 神经元，只是训练做法不同），以及用同样的训练影评训练的朴素贝叶斯（Naive
      Bayes）基线。三者做的是同一个二分类：正面还是负面。下面每个数字都读自模型的 metadata.json。
    </>
  ),
  missingModel: (
    <>
      这次构建里没有本站的模型（<code>public/models/default/</code>），所以只能显示教程模型的数字。请运行{" "}
      <code>npm run train -- --recipe default</code> 训练它，再重新构建网站。
    </>
  ),
  recipeTitle: "两种做法",
  recipeIntro: (
    <>词汇表越大，未登录词（OOV，索引 2）越少；否定标记让“not good”有自己的词元；掩码让填充不改动 LSTM 的记忆。</>
  ),
  recipeHead: ["", "教程的模型", "本站的模型"],
  recipeRows: [
    "词汇表（索引数，0–3 保留）",
    "词嵌入维度",
    "LSTM 单元数",
    "读入的词元数（maxLen）",
    "填充掩码（mask）",
    "否定标记（“not good” → not_good）",
    "保留的轮次",
    "训练样本数",
  ],
  yes: "是",
  no: "否",
  lengthTitle: "短影评与长影评",
  lengthIntro: (
    <>
      在 IMDB
      的测试影评上（只在最后读一次）和在短影评验证集上的准确率。短影评验证集是从验证影评里截出的一到三句话，从不取自测试影评。
    </>
  ),
  behaviourTitle: "行为测试：各自答对了什么",
  behaviourIntro: (
    <>
      一组按模板生成的用例（仿照 CheckList，Ribeiro
      等，2020），按能力分组：短语、否定、“but”转折、程度副词，以及不带观点的文字（判断为“拿不准”才算通过）。每格是通过的比例。
    </>
  ),
  ablationTitle: "每项改动带来了什么",
  ablationIntro: (
    <>
      本站模型的做法只在验证数据（从训练影评中划出的一部分）上选定。每一步在上一步（或它点名的那一步）的基础上改动一项；每一步都是在同样的
      22,500 条训练影评上完整训练一次，再在 2,500 条验证影评和短影评验证集上衡量。
    </>
  ),
  ablationHead: ["步骤", "改动", "验证集准确率", "短影评验证集准确率", "保留的轮次"],
  ablationBehaviour: "每一步的行为测试结果：",
  step: (n: number) => `第 ${n} 步`,
  noAblation: <>本站的模型还没有记录消融结果。</>,
  phrasesTitle: "为什么否定仍然难",
  phrasesIntro: (
    <>
      在 IMDB
      上训练的模型只能从整条影评的标签里学习。下表统计本站模型的训练影评中，含有每个短语的影评各有多少条是负面、多少条是正面。正面占比低于
      50%
      时，标签教给模型的是：这个短语常出现在负面影评里——不管它本身是什么意思。比如影评者可能会在一条批评电影的影评里写“the
      acting was not bad”。否定标记让短语有了自己的词元，但这个词元也只能学到标签所说的东西。任何短语都可以用{" "}
      <code>npm run phrases -- --phrases &quot;not bad,not great&quot;</code> 来数。
    </>
  ),
  phrasesHead: ["短语", "负面影评数", "正面影评数", "正面占比"],
  noPhrases: <>本站的模型还没有记录短语统计。</>,
  bandTitle: "说“拿不准”",
};
