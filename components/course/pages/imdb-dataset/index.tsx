import { readTokens } from "@/lib/encode";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { LearnArticle } from "../../learn-article";
import { PredictThenTry } from "../../widgets/predict-then-try";
import { KERAS_LOAD, REVIEWS } from "./copy";
import { en } from "./en";
import { zh } from "./zh";

export default function ImdbDatasetPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="imdb-dataset">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.loadTitle}</h2>
            <pre className="rounded-lg bg-zinc-50 p-3">
              <code>{KERAS_LOAD}</code>
            </pre>
            <ul>
              {t.load.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <p className="text-sm">{t.docs}</p>
            <h2>{t.oursTitle}</h2>
            <p>{t.ours}</p>
            <CodeCompare
              language={language}
              keras="(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)"
              file="scripts/lib/imdb/train-imdb.ts"
              from="const dataset = await loadImdb("
            />
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/train-imdb.ts"
              from="const toExamples = "
              to="});"
            />
            <h2>{t.realTitle}</h2>
            <p>{t.real}</p>
            {REVIEWS.map((review) => (
              <IndexedReview key={review.file} review={review} metadata={m} labelWord={t.label} />
            ))}
            <PredictThenTry language={language} {...t.exercise} />
            <Callout>
              <p>{t.differ}</p>
            </Callout>
            <h2>{t.fileTitle}</h2>
            <p>{t.file}</p>
          </>
        );
      }}
    </LearnArticle>
  );
}

function IndexedReview({
  review,
  metadata,
  labelWord,
}: {
  review: (typeof REVIEWS)[number];
  metadata: ModelMetadata;
  labelWord: string;
}) {
  const { tokens } = readTokens(review.text, metadata);
  const words = tokens.map((token) => token.word);
  const indices = tokens.map((token) => token.index);
  return (
    <figure className="my-6 rounded-lg border border-zinc-200 p-3">
      <blockquote lang="en" className="m-0 italic">
        “{review.text}”
      </blockquote>
      <figcaption className="mt-1 text-sm text-zinc-600">
        <code>{review.file}</code> · {labelWord} <code>{review.label}</code>
      </figcaption>
      <ol lang="en" data-testid="review-indices" className="m-0 mt-3 flex list-none flex-wrap gap-1 p-0 text-sm">
        {indices.map((index, i) => (
          <li
            key={i}
            className={`m-0 rounded border px-1.5 ${index === metadata.preprocessing.oovIndex ? "border-orange-300 bg-orange-50 text-orange-900" : "border-zinc-200 bg-zinc-50"}`}
          >
            <span className="text-zinc-600">{words[i]}</span> <span className="font-mono">{index}</span>
          </li>
        ))}
      </ol>
      <p className="mb-0 mt-2 font-mono text-sm break-words">[{indices.join(", ")}]</p>
    </figure>
  );
}
