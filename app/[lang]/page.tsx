import { preloadBoxModel } from "@/components/box/model-preloads";
import { SentimentBox } from "@/components/box/sentiment-box";
import { readModelMetadata } from "@/components/course/shipped-models";
import { type LanguageParams, routeLanguage } from "@/components/route-params";
import { dictionary } from "@/lib/i18n/dictionary";
import { SITE } from "@/lib/site";

export default async function HomePage({ params }: { params: LanguageParams }) {
  const language = await routeLanguage(params);
  // Read when the site is built: the sentence about the box's training data follows its metadata.
  const box = await readModelMetadata("default");
  // The model files start downloading from the <head>, before any script runs.
  await preloadBoxModel();
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{SITE.name[language]}</h1>
        <p className="text-zinc-700">{dictionary(language).site.home(box?.treebank !== undefined)}</p>
      </header>
      <SentimentBox language={language} />
    </main>
  );
}
