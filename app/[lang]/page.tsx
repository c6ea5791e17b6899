import { EarlyWorkerScript } from "@/components/box/early-worker-script";
import { boxModelUrls, preloadBoxModel } from "@/components/box/model-preloads";
import { SentimentBox } from "@/components/box/sentiment-box";
import { readModelMetadata } from "@/components/course/shipped-models";
import { type LanguageParams, routeLanguage } from "@/components/route-params";
import { dictionary } from "@/lib/i18n/dictionary";
import { SITE } from "@/lib/site";

export default async function HomePage({ params }: { params: LanguageParams }) {
  const language = await routeLanguage(params);
  // Read when the site is built: the sentence about the box's training data follows its metadata.
  const box = await readModelMetadata("default");
  // The model files start downloading from the <head>, before any script runs; the inline
  // script that starts the worker hands the same files to it.
  const modelUrls = await boxModelUrls();
  preloadBoxModel(modelUrls);
  const t = dictionary(language).site;
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-4 sm:space-y-6 sm:p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">{SITE.name[language]}</h1>
        {/* A short intro on phones keeps the verdict in the first screen. */}
        <p className="text-zinc-700 sm:hidden" data-intro-short>
          {t.homeShort}
        </p>
        <p className="hidden text-zinc-700 sm:block">{t.home(box?.treebank !== undefined)}</p>
      </header>
      <EarlyWorkerScript modelUrls={modelUrls} />
      <SentimentBox language={language} behaviour={box?.behaviour} />
    </main>
  );
}
