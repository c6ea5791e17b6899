import { formatNumber, formatPercent } from "@/lib/format";
import type { Verdict } from "@/lib/verdict";
import { useBoxStrings } from "./box-strings";

/** How many of the words the model does not know: a verdict built on few known words is weak. */
export function UnknownShare({ verdict }: { verdict: Verdict }) {
  const { language, t } = useBoxStrings();
  const { unknownWords, words, unknownShare } = verdict;
  if (words === 0) return null;
  const text = t.box.unknownShare(
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
