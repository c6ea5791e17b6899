import { formatNumber, formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import type { Verdict } from "@/lib/verdict";

/** How many of the words the model does not know: a verdict built on few known words is weak. */
export function UnknownShare({ language, verdict }: { language: Language; verdict: Verdict }) {
  const { unknownWords, words, unknownShare } = verdict;
  if (words === 0) return null;
  const text = dictionary(language).box.unknownShare(
    formatNumber(unknownWords, language),
    formatNumber(words, language),
    formatPercent(unknownShare, 0, language),
  );
  return (
    <p className="text-sm" data-unknown-share={unknownShare}>
      {text}
    </p>
  );
}
