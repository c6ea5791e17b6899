import { memo, useId } from "react";
import { useBoxStrings } from "./box-strings";

/** Letters of scripts the model's English vocabulary cannot hold: Chinese, Japanese, Korean. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** The review text box; a note when the text is in a script the model cannot read. */
export const ReviewInput = memo(function ReviewInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useBoxStrings();
  const id = useId();
  const noteId = useId();
  const notEnglish = CJK.test(value);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {t.box.inputLabel}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={t.box.placeholder}
        rows={4}
        spellCheck={false}
        aria-describedby={notEnglish ? noteId : undefined}
        className="w-full rounded-md border border-zinc-400 p-3 shadow-sm focus:border-blue-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 sm:min-h-40"
        data-review-input
      />
      {notEnglish && (
        <p id={noteId} role="note" className="text-sm text-zinc-700" data-english-only>
          {t.box.englishOnly}
        </p>
      )}
    </div>
  );
});
