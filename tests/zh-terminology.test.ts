/**
 * The Chinese course uses one term per concept (components/course/pages/glossary-terms.ts). This
 * test reads the Chinese text of the course pages and widgets and fails on the variants the
 * glossary replaced: the list below, and each glossary entry's `zhAvoid`.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { GLOSSARY } from "../components/course/pages/glossary-terms";

/** Variant -> the glossary's term. */
const REPLACED: [RegExp, string][] = [
  [/正确率/, "准确率"],
  [/是非(模型|题)/, "二分类"],
  [/受试者/, "被试"],
  [/词表外/, "未登录词（OOV）"],
  [/热启动/, "偏差修正"],
  [/(?<!影)评论/, "影评"],
  [/词汇表外/, "未登录词（OOV）"],
  [/(?<!词)嵌入层|嵌入表/, "词嵌入层"],
  [/批次/, "批"],
  ...GLOSSARY.flatMap((entry) => (entry.zhAvoid ?? []).map((variant): [RegExp, string] => [variant, entry.zh])),
];

function chineseText(file: string): string {
  // Only string and JSX text containing CJK characters: code and English prose are left out.
  return (readFileSync(file, "utf8").match(/[^"`<>{}]*[\u4e00-\u9fff][^"`<>{}]*/g) ?? []).join("\n");
}

/** Every .ts/.tsx file under a folder, tests left out. */
function sources(dir: string): string[] {
  return (
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      // The glossary's source spells the variants it avoids; its own text is checked from GLOSSARY below.
      .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts") && !name.endsWith("glossary-terms.ts"))
      .map((name) => join(dir, name))
  );
}

// The course (every page, the EEG pages and their results, the widgets), the review box, and
// the UI strings and titles.
const files = [
  ...sources("components/course"),
  ...sources("components/box"),
  ...sources("components/model-card"),
  ...sources("components/eeg"),
  "lib/i18n/zh.ts",
  "lib/site.ts",
];

test("the Chinese course pages use the glossary's terms", () => {
  assert.ok(files.some((file) => file.includes("eeg")) && files.some((file) => file.includes("sentiment-box")));
  assert.ok(files.length > 15, `found only ${files.length} files`);
  const found: string[] = [];
  for (const file of files) {
    const text = chineseText(file);
    for (const [variant, term] of REPLACED) {
      const match = text.match(variant);
      if (match) found.push(`${file}: "${match[0]}" (use ${term})`);
    }
  }
  for (const entry of GLOSSARY)
    for (const text of [entry.zh, entry.meaning.zh])
      for (const [variant, term] of REPLACED) {
        const match = text.match(variant);
        if (match && term !== entry.zh) found.push(`glossary "${entry.en}": "${match[0]}" (use ${term})`);
      }
  assert.deepEqual(found, []);
});

test("the synonym check catches each glossary entry's avoided variants", () => {
  // Guards the check itself: a variant the pattern list stopped reading would pass silently.
  const sample: [string, string][] = [
    ["本站的模型还没有记录", "输入框的模型"],
    ["影评输入框的模型", "输入框的模型"],
    ["从验证影评里截出的短句", "短片段"],
    ["从验证影评中截出的片段", "短片段"],
    ["两种做法", "配方"],
    ["事件标记作为标注保存", "注释"],
    ["每个集合权重相同", "权重"],
    ["作用于词的核 W", "输入权重矩阵 / 循环权重矩阵"],
    ["带 95% 区间的结果", "置信区间"],
    ["用时 12 s。", "秒"],
  ];
  for (const [text, term] of sample)
    assert.ok(
      REPLACED.some(([variant, replacement]) => variant.test(text) && replacement === term),
      `"${text}" is not caught (use ${term})`,
    );
  for (const fine of ["输入框的模型", "短片段", "计算内核", "下载后会核对", "2 个核", "95% 置信区间", "20 分 35 秒"])
    assert.ok(!REPLACED.some(([variant]) => variant.test(fine)), `"${fine}" is caught but is the glossary's usage`);
});

test("机会水平 is glossed (随机猜测的水平) in every file that uses it", () => {
  const unglossed = files.filter((file) => {
    const text = chineseText(file);
    return text.includes("机会水平") && !text.includes("随机猜测的水平");
  });
  assert.deepEqual(unglossed, []);
});

test("the glossary has one Chinese term per concept", () => {
  const terms = GLOSSARY.map((entry) => entry.zh);
  assert.equal(new Set(terms).size, terms.length);
  for (const required of [
    "输入门",
    "遗忘门",
    "输出门",
    "候选值",
    "细胞状态",
    "隐藏状态",
    "词嵌入",
    "词元",
    "未登录词（OOV）",
    "准确率",
    "偏差修正",
    "二分类",
    "影评",
    "被试",
    "伪迹（也常称伪影）",
    "logit（对数几率）",
    "输入框的模型",
    "短片段",
    "配方",
    "注释",
    "置信区间",
    "激活函数",
  ]) {
    assert.ok(terms.includes(required), required);
  }
});
