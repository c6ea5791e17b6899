import { SentimentBox } from "@/components/sentiment-box/sentiment-box";
import { SITE } from "@/lib/site";

export default function ChineseHomePage() {
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{SITE.name.zh}</h1>
        <p className="text-zinc-700">
          输入一条英文影评。一个小小的神经网络（Keras IMDB 教程中的 LSTM，用 IMDB 影评训练）会在你的浏览器里逐词阅读它：你输入的内容不会离开这个页面。
        </p>
      </header>
      <SentimentBox language="zh" />
    </main>
  );
}
