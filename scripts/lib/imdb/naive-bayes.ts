/**
 * The baseline: multinomial Naive Bayes on binarized unigram + bigram features, with
 * Laplace smoothing, as in Wang & Manning (2012), "Baselines and Bigrams". Each feature
 * counts once per review however often it occurs. Words come from the project's
 * tokenizer, so the baseline reads exactly what the LSTM reads.
 */
import { tokenize } from "../../../lib/tokenizer";

export const NAIVE_BAYES_NAME = "Naive Bayes (binarized, unigrams + bigrams)";

/** The distinct unigrams and bigrams ("not good") of a text. */
export function features(text: string): Set<string> {
  const words = tokenize(text);
  const found = new Set(words);
  for (let i = 1; i < words.length; i++) found.add(`${words[i - 1]} ${words[i]}`);
  return found;
}

export interface NaiveBayes {
  /** Distinct features seen in training. */
  vocabularySize: number;
  /** P(positive | text); features never seen in training are ignored. */
  probability(text: string): number;
}

/**
 * Trains on labelled texts. With n_c(f) the number of class-c reviews containing f,
 * P(f | c) = (n_c(f) + alpha) / (Σ_f' n_c(f') + alpha·|V|), and the log-odds of a
 * text are log P(1)/P(0) + Σ over its features of log P(f | 1)/P(f | 0).
 */
export function trainNaiveBayes(reviews: readonly { text: string; label: 0 | 1 }[], alpha = 1): NaiveBayes {
  const counts = new Map<string, [number, number]>();
  const totals = [0, 0];
  const reviewsPerLabel = [0, 0];
  for (const { text, label } of reviews) {
    reviewsPerLabel[label]++;
    for (const feature of features(text)) {
      let count = counts.get(feature);
      if (!count) {
        count = [0, 0];
        counts.set(feature, count);
      }
      count[label]++;
      totals[label]++;
    }
  }
  if (reviewsPerLabel[0] === 0 || reviewsPerLabel[1] === 0) throw new Error("Naive Bayes needs reviews of both labels");
  const vocabularySize = counts.size;
  const denominators = totals.map((total) => total + alpha * vocabularySize);
  // Only the log-ratio of each feature is needed at prediction time.
  const logRatios = new Map<string, number>();
  for (const [feature, [negative, positive]] of counts) {
    logRatios.set(
      feature,
      Math.log((positive + alpha) / denominators[1]) - Math.log((negative + alpha) / denominators[0]),
    );
  }
  const logPriorRatio = Math.log(reviewsPerLabel[1] / reviewsPerLabel[0]);
  return {
    vocabularySize,
    probability(text) {
      let logOdds = logPriorRatio;
      for (const feature of features(text)) logOdds += logRatios.get(feature) ?? 0;
      return 1 / (1 + Math.exp(-logOdds));
    },
  };
}
