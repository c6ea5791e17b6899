import { memo, useId, useState } from "react";
import { reviewFragment } from "@/lib/review-fragment";
import { localePath } from "@/lib/site";
import { useBoxStrings } from "./box-strings";

/**
 * A link that opens the box with this review: the text rides in the fragment after `#`,
 * which browsers never send to a server. Copied to the clipboard, or shown to copy by hand
 * where the clipboard is not allowed.
 */
export const ShareReview = memo(function ShareReview({ text }: { text: string }) {
  const { language, t } = useBoxStrings();
  const [shared, setShared] = useState<{ text: string; link: string; copied: boolean } | null>(null);
  const fieldId = useId();
  const share = async () => {
    const link = `${window.location.origin}${localePath(language, "/")}#${reviewFragment(text)}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // no clipboard permission (or plain http): the link is shown to copy by hand
    }
    setShared({ text, link, copied });
  };
  return (
    <div className="min-w-0 grow space-y-1 text-sm sm:grow-0">
      <button
        type="button"
        onClick={share}
        disabled={text.trim() === ""}
        className="rounded-md border border-zinc-400 px-3 py-1 hover:bg-zinc-100 disabled:opacity-50"
        data-share-review
      >
        {t.box.share}
      </button>
      {shared?.text === text && (
        <div role="status" className="space-y-1 text-zinc-700">
          <p>{shared.copied ? t.box.shareCopied : t.box.shareManual}</p>
          <label htmlFor={fieldId} className="sr-only">
            {t.box.share}
          </label>
          <input
            id={fieldId}
            readOnly
            value={shared.link}
            onFocus={(event) => event.target.select()}
            className="w-full rounded border border-zinc-300 px-2 py-1 font-mono text-xs"
            data-share-link
          />
        </div>
      )}
    </div>
  );
});
