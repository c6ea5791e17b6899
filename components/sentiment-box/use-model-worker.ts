import { useCallback, useEffect, useRef, useState } from "react";
import { modelBaseUrl } from "@/lib/model-location";
import type { Reading } from "@/lib/predictor";
import { publishModelSummary } from "@/components/model-summary-store";
import { LOADING, type FromWorker, type ModelStatus, type ToWorker } from "./model-messages";

export interface ModelWorker {
  status: ModelStatus;
  /** The newest answer; while `pending`, a newer text is being read. */
  reading: Reading | null;
  pending: boolean;
  read: (text: string) => void;
  retry: () => void;
}

/**
 * Starts the model worker on mount and terminates it on unmount. `read` asks for a
 * reading; the worker answers in order, so the last answer is for the newest text
 * once `pending` is false. `retry` throws the worker away and starts a fresh one.
 */
export function useModelWorker(): ModelWorker {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<ModelStatus>(LOADING);
  const [answer, setAnswer] = useState<{ id: number; reading: Reading } | null>(null);
  const [latestRequest, setLatestRequest] = useState(0);
  const worker = useRef<Worker | null>(null);
  const requestCount = useRef(0);

  useEffect(() => {
    const current = new Worker(new URL("./model.worker.ts", import.meta.url), { type: "module" });
    worker.current = current;
    current.addEventListener("message", (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "status") {
        setStatus(message.status);
        if (message.status.state === "ready") publishModelSummary(message.status.summary);
      } else {
        setAnswer({ id: message.id, reading: message.reading });
      }
    });
    current.addEventListener("error", (event) => setStatus({ state: "error", message: event.message || "the model worker could not start" }));
    const load: ToWorker = { type: "load", baseUrl: new URL(modelBaseUrl(), window.location.href).href };
    current.postMessage(load);
    return () => {
      current.terminate();
      worker.current = null;
    };
  }, [attempt]);

  const read = useCallback((text: string) => {
    const request: ToWorker = { type: "read", id: ++requestCount.current, text };
    worker.current?.postMessage(request);
    setLatestRequest(request.id);
  }, []);

  const retry = useCallback(() => {
    setStatus(LOADING);
    setAttempt((count) => count + 1);
  }, []);

  return { status, reading: answer?.reading ?? null, pending: answer?.id !== latestRequest, read, retry };
}
