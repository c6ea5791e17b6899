import { SentimentBox } from "@/components/sentiment-box/sentiment-box";
import { SITE } from "@/lib/site";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{SITE.name.en}</h1>
        <p className="text-zinc-700">
          Type a movie review. A small neural network, the Keras IMDB tutorial&rsquo;s LSTM trained on IMDB movie reviews, reads it word by word here in
          your browser: nothing you type leaves this page.
        </p>
      </header>
      <SentimentBox language="en" />
    </main>
  );
}
