import { type LanguageParams, routeLanguage } from "@/components/route-params";
import { SentimentBox } from "@/components/sentiment-box/sentiment-box";
import { dictionary } from "@/lib/i18n/dictionary";
import { SITE } from "@/lib/site";

export default async function HomePage({ params }: { params: LanguageParams }) {
  const language = await routeLanguage(params);
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{SITE.name[language]}</h1>
        <p className="text-zinc-700">{dictionary(language).site.home}</p>
      </header>
      <SentimentBox language={language} />
    </main>
  );
}
