import { useCallback, useEffect, useRef, useState } from "react";
import { publishModelSummary } from "@/components/box/model-summary-store";
import type { ModelName } from "@/lib/model-hosting";
import type { Reading } from "@/lib/predictor";
import { adoptEarlyWorker, createModelWorker, FIRST_LOAD_MARKS, markOnce } from "./early-worker";
import { type FromWorker, LOADING, type ModelStatus, type ToWorker } from "./model-messages";

export interface ModelWorker {
  status: ModelStatus;
  /** The newest reading and the text it is for. */
  answer: { text: string; reading: Reading } | null;
  read: (text: string) => void;
  retry: () => void;
}

/**
 * Starts a worker for model `name` while `enabled` (on mount, for the default model) and
 * terminates it on unmount or when disabled: nothing is downloaded until it is enabled.
 * `read` asks for a reading of a text; the worker answers in order. `retry` throws the
 * worker away and starts a fresh one. The default model's first worker is usually already
 * running when the box mounts (./early-worker.ts): the hook takes it over.
 */
export function useModelWorker(name: ModelName, enabled = true): ModelWorker {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<ModelStatus>(LOADING);
  const [answer, setAnswer] = useState<ModelWorker["answer"]>(null);
  const worker = useRef<Worker | null>(null);
  const requestCount = useRef(0);
  /** Texts asked for and not answered yet, by request id. */
  const asked = useRef(new Map<number, string>());
  /** The worker's reading of the box's first text, made before the box asked (./model.worker.ts). */
  const readAhead = useRef<ModelWorker["answer"]>(null);

  // A new `attempt` (Try again) starts a new worker; the first may adopt the early one.
  useEffect(() => {
    if (!enabled) return;
    const early = attempt === 0 ? adoptEarlyWorker(name) : null;
    if (early) markOnce(FIRST_LOAD_MARKS.hydrated);
    const current = early?.worker ?? createModelWorker(name);
    worker.current = current;
    const onMessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "status") {
        setStatus(message.status);
        if (message.status.state === "ready" && name === "default") {
          markOnce(FIRST_LOAD_MARKS.ready);
          markOnce(FIRST_LOAD_MARKS.readyInWorker, message.at);
          // The footer names the model the box runs.
          publishModelSummary(message.status.summary);
        }
        return;
      }
      if (name === "default") {
        markOnce(FIRST_LOAD_MARKS.firstReading);
        markOnce(FIRST_LOAD_MARKS.firstReadingInWorker, message.at);
      }
      if (message.type === "first-reading") {
        const answer = { text: message.text, reading: message.reading };
        // Asked already (it came after the box's request was sent): the newest request may be for it.
        const newest = [...asked.current.values()].at(-1);
        if (newest === undefined) readAhead.current = answer;
        else if (newest === message.text) setAnswer(answer);
        return;
      }
      const text = asked.current.get(message.id);
      for (const id of asked.current.keys()) if (id <= message.id) asked.current.delete(id);
      if (text !== undefined) setAnswer({ text, reading: message.reading });
    };
    const onError = (event: ErrorEvent) =>
      setStatus({ state: "error", message: event.message || "the model worker could not start" });
    for (const event of early?.missed ?? []) {
      if (event instanceof MessageEvent) onMessage(event);
      else if (event instanceof ErrorEvent) onError(event);
      else setStatus({ state: "error", message: "the model worker could not start" });
    }
    current.addEventListener("message", onMessage);
    current.addEventListener("error", onError);
    return () => {
      current.terminate();
      worker.current = null;
      asked.current.clear();
      readAhead.current = null;
      setStatus(LOADING);
      setAnswer(null);
    };
  }, [attempt, name, enabled]);

  const read = useCallback((text: string) => {
    // The first text, read before the box asked: no need to ask.
    const ahead = readAhead.current;
    readAhead.current = null;
    if (ahead && ahead.text === text && asked.current.size === 0) {
      setAnswer(ahead);
      return;
    }
    const request: ToWorker = { type: "read", id: ++requestCount.current, text };
    asked.current.set(request.id, text);
    worker.current?.postMessage(request);
  }, []);

  const retry = useCallback(() => {
    setStatus(LOADING);
    setAttempt((count) => count + 1);
  }, []);

  return { status, answer, read, retry };
}
