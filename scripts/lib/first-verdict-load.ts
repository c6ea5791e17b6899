/**
 * One cold load of the home page in headless Chromium, timed stage by stage up to the box's
 * first verdict: what `npm run bench` repeats (scripts/bench.ts).
 *
 * Stages, in milliseconds from the navigation's start (the page's time origin):
 *   HTML            the document's last byte (navigation timing, responseEnd)
 *   DOMContentLoaded
 *   worker created  the box's model worker constructed (mark `box:worker-created`, components/box/early-worker.ts)
 *   worker started  its first message: its script loaded and running (`box:worker-started`)
 *   model fetched   the last byte of the model files (model.json, metadata or reading file, weights)
 *   model in        read, checked and parsed, on the worker's clock (`box:worker-model-ready`)
 *   text read       the worker's first reading made, on its clock (`box:worker-first-reading`)
 *   box hydrated    the box's JavaScript running: it takes the worker over (`box:hydrated`)
 *   model ready     the model in, as the page hears it (`box:model-ready`)
 *   first reading   the first reading back on the page (`box:first-reading`)
 *   verdict shown   the first probability on screen ([data-probability]), the figure the targets judge
 *
 * The page hears the worker only when its main thread is free: what lies between "text read"
 * and "first reading" is the page busy starting up (running and hydrating its JavaScript).
 */
import type { Browser, Request } from "@playwright/test";
import { FIRST_LOAD_MARKS } from "../../components/box/early-worker";

export interface FirstVerdictLoad {
  htmlMs: number;
  domContentLoadedMs: number;
  workerCreatedMs: number | null;
  workerStartedMs: number | null;
  modelFetchedMs: number | null;
  modelInWorkerMs: number | null;
  textReadInWorkerMs: number | null;
  hydratedMs: number | null;
  modelReadyMs: number | null;
  firstReadingMs: number | null;
  verdictMs: number;
  /** Bytes received (headers and encoded bodies) for requests finished before the verdict was shown. */
  bytesBeforeVerdict: number;
  /** The model files' share of them. */
  modelBytesBeforeVerdict: number;
  /** Router prefetches (RSC requests Next.js marks as prefetches) started before the verdict. */
  prefetchesBeforeVerdict: number;
}

/** A model folder's file, by name (lib/model-folder.ts's files, either metadata layout). */
const MODEL_FILE = /\/(model\.json|weights\.bin|metadata\.json|reading\.json)$/;

interface Finished {
  url: string;
  headerBytes: number;
  /** The encoded body's size as Playwright reports it: 0 for the worker's script, which the page's resource timing knows. */
  bodyBytes: number;
  /** Epoch milliseconds. */
  endedAt: number;
}

/**
 * Loads `origin` in a fresh context (empty cache), optionally with Chromium's CPU slowed
 * `cpuSlowdown` times (CDP Emulation.setCPUThrottlingRate, as DevTools' "4× slowdown"),
 * and returns its stages.
 */
export async function measureFirstVerdict(
  browser: Browser,
  origin: string,
  cpuSlowdown = 1,
): Promise<FirstVerdictLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  }
  const finished: Promise<Finished | null>[] = [];
  const prefetchStarts: number[] = [];
  const onRequest = async (request: Request) => {
    const at = Date.now();
    const headers = await request.allHeaders().catch(() => ({}) as Record<string, string>);
    if (headers["next-router-prefetch"] !== undefined) prefetchStarts.push(at);
  };
  const onFinished = (request: Request) =>
    finished.push(
      request
        .sizes()
        .then((size) => {
          const timing = request.timing();
          return {
            url: request.url(),
            headerBytes: size.responseHeadersSize,
            bodyBytes: size.responseBodySize,
            endedAt: timing.startTime + timing.responseEnd,
          };
        })
        .catch(() => null),
    );
  page.on("request", onRequest);
  page.on("requestfinished", onFinished);
  await page.goto(origin, { waitUntil: "commit" });
  await page.waitForFunction(
    () => {
      if (!document.querySelector("[data-probability]")) return false;
      if (performance.getEntriesByName("bench:verdict-shown").length === 0) performance.mark("bench:verdict-shown");
      return true;
    },
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  // No helper functions inside: the callback runs in the page as written, without the
  // helpers tsx would add around named functions.
  const { marks, ...timeline } = await page.evaluate(
    (names) => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const marks: Record<string, number | null> = {};
      for (const name of names) marks[name] = performance.getEntriesByName(name, "mark")[0]?.startTime ?? null;
      return {
        marks,
        timeOrigin: performance.timeOrigin,
        htmlMs: navigation.responseEnd,
        domContentLoadedMs: navigation.domContentLoadedEventStart,
        verdictMs: marks["bench:verdict-shown"] ?? performance.now(),
        encodedBodySizes: performance
          .getEntriesByType("resource")
          .map((entry) => [entry.name, (entry as PerformanceResourceTiming).encodedBodySize] as const),
      };
    },
    [...Object.values(FIRST_LOAD_MARKS), "bench:verdict-shown"],
  );
  page.off("request", onRequest);
  page.off("requestfinished", onFinished);
  const verdictAt = timeline.timeOrigin + timeline.verdictMs;
  const before = (await Promise.all(finished)).filter(
    (request): request is Finished => request !== null && request.endedAt <= verdictAt,
  );
  const model = before.filter((request) => MODEL_FILE.test(new URL(request.url).pathname));
  await context.close();
  const { timeOrigin, encodedBodySizes, ...stages } = timeline;
  const mark = (name: string) => marks[name] ?? null;
  const encoded = new Map(encodedBodySizes);
  const bytes = (request: Finished) =>
    request.headerBytes + (request.bodyBytes > 0 ? request.bodyBytes : (encoded.get(request.url) ?? 0));
  return {
    ...stages,
    workerCreatedMs: mark(FIRST_LOAD_MARKS.created),
    workerStartedMs: mark(FIRST_LOAD_MARKS.started),
    modelInWorkerMs: mark(FIRST_LOAD_MARKS.readyInWorker),
    textReadInWorkerMs: mark(FIRST_LOAD_MARKS.firstReadingInWorker),
    hydratedMs: mark(FIRST_LOAD_MARKS.hydrated),
    modelReadyMs: mark(FIRST_LOAD_MARKS.ready),
    firstReadingMs: mark(FIRST_LOAD_MARKS.firstReading),
    modelFetchedMs: model.length === 0 ? null : Math.max(...model.map((request) => request.endedAt)) - timeOrigin,
    bytesBeforeVerdict: before.reduce((sum, request) => sum + bytes(request), 0),
    modelBytesBeforeVerdict: model.reduce((sum, request) => sum + bytes(request), 0),
    prefetchesBeforeVerdict: prefetchStarts.filter((at) => at <= verdictAt).length,
  };
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
