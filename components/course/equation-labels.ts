/**
 * What a screen reader says for each displayed formula (Equation's `label`), in each language:
 * on /zh the formulas are read out in Chinese too.
 */
import type { Language } from "@/lib/site";

const en = {
  embeddingRow: (dim: number) => `word i becomes row i of E, a vector of ${dim} real numbers`,
  cosine: "cosine similarity of a and b is a dot b divided by the product of their lengths",
  gradientStep: "w becomes w minus eta times g",
  adam: "Adam: m and v are running averages of g and g squared; the weight moves by eta times m hat over the square root of v hat plus epsilon",
  logLoss: "L equals minus the quantity y log p plus one minus y times log of one minus p",
  batchLoss: "the batch loss is the mean of the per-review losses",
  neuron: "z equals the sum of h times w plus b; p equals sigma of z, one over one plus e to the minus z",
  gates: "at step t, each gate is an activation of x t times its W plus h t minus 1 times its U plus its b",
  cellUpdate: "c t equals f t times c t minus 1 plus i t times g t; h t equals o t times tanh of c t",
};

const zh: typeof en = {
  embeddingRow: (dim) => `第 i 个词变成矩阵 E 的第 i 行，一个由 ${dim} 个实数组成的向量`,
  cosine: "a 与 b 的余弦相似度等于 a 与 b 的点积除以两者长度的乘积",
  gradientStep: "w 更新为 w 减去 η 乘以 g",
  adam: "Adam：m 和 v 分别是 g 与 g 的平方的滑动平均；权重的变化量是 η 乘以 m̂，再除以 v̂ 的平方根加 ε",
  logLoss: "L 等于负的括号内之和：y 乘以 p 的对数，加上 1 减 y 乘以 1 减 p 的对数",
  batchLoss: "一批的损失是每条影评损失的平均值",
  neuron: "z 等于各个 h 乘以对应的 w 之和再加 b；p 等于 z 的 sigmoid，即 1 除以 1 加 e 的负 z 次方",
  gates: "第 t 步，每个门都是激活函数作用于 x t 乘以它的 W、加上 h t 减 1 乘以它的 U、再加上它的 b",
  cellUpdate: "c t 等于 f t 乘以 c t 减 1，加上 i t 乘以 g t；h t 等于 o t 乘以 c t 的 tanh",
};

export function equationLabels(language: Language): typeof en {
  return { en, zh }[language];
}
