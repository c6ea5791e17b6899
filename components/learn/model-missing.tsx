import type { Language } from "@/lib/site";
import { Callout } from "./callout";

/** Shown instead of a page's body when the site was built without a trained model. */
export function ModelMissing({ language }: { language: Language }) {
  return language === "en" ? (
    <Callout kind="warning" title="No trained model yet">
      <p>
        This page quotes the trained model: its settings, its training curves and its test results. No model was found when the site was built.
        Train one with <code>npm run train</code> (it writes <code>public/model/</code>), then build the site again.
      </p>
    </Callout>
  ) : (
    <Callout kind="warning" title="还没有训练好的模型">
      <p>
        这一页引用的是训练好的模型：它的设置、训练曲线和测试结果。构建网站时没有找到模型。请先运行 <code>npm run train</code>（它会写入
        <code>public/model/</code>），再重新构建网站。
      </p>
    </Callout>
  );
}
