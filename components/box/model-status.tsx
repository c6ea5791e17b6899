import { formatBytes } from "@/lib/format";
import { useBoxStrings } from "./box-strings";
import type { ModelStatus } from "./model-messages";

/** Download progress while the model loads; a clear message and a retry if it fails. */
export function ModelStatusView({ status, onRetry }: { status: ModelStatus; onRetry: () => void }) {
  const { language, t } = useBoxStrings();
  const strings = t.box;
  if (status.state === "error") {
    return (
      <div role="alert" className="space-y-2 rounded-md border-2 border-red-700 bg-red-50 p-4">
        <p className="font-semibold">{strings.errorTitle}</p>
        <p className="font-mono text-sm break-words">{status.message}</p>
        <p className="text-sm">{strings.errorHelp}</p>
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md bg-zinc-900 px-4 py-2 text-white hover:bg-zinc-700"
        >
          {strings.retry}
        </button>
      </div>
    );
  }
  if (status.state !== "loading") return null;
  const { loadedBytes, totalBytes } = status;
  const label = strings.loading(
    formatBytes(loadedBytes, language),
    totalBytes === null ? null : formatBytes(totalBytes, language),
  );
  return (
    <div role="status" className="space-y-1 text-sm text-zinc-700">
      <p>{label}</p>
      <progress
        value={totalBytes === null ? undefined : loadedBytes}
        max={totalBytes ?? undefined}
        aria-label={label}
        className="h-2 w-full"
      />
    </div>
  );
}
