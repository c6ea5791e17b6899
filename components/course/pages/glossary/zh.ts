import type { Copy } from "./copy";

export const zh: Copy = {
  intro: "每个概念在英文和中文里各有一个名字，课程的每一页和影评输入框都按同样的方式使用。",
  head: ["English", "中文", "含义", "讲解页面"],
};
