"use client";
/**
 * The decision threshold as a slider: the confusion matrix, precision and recall at that
 * threshold, and the ROC curve with the threshold's point on it, from the per-review test
 * probabilities stored with the model (test-predictions.bin, lib/test-predictions.ts).
 */
import { useEffect, useMemo, useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { type ModelName, modelBaseUrl } from "@/lib/model-folder";
import type { Language } from "@/lib/site";
import { decodeTestPredictions, TEST_PREDICTIONS_FILE, type TestPredictions } from "@/lib/test-predictions";
import { NEGATIVE, POSITIVE } from "../../palette";
import { ModelSwitch } from "./model-switch";
import { areaUnder, confusionAt, rocCurve, thinCurve } from "./threshold-metrics";

type Loaded = { status: "loading" } | { status: "missing" } | { status: "ready"; predictions: TestPredictions };

export function ThresholdExplorer({ language }: { language: Language }) {
  const t = useDictionary().threshold;
  const [model, setModel] = useState<ModelName>("tutorial");
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  useEffect(() => {
    let mounted = true;
    setLoaded({ status: "loading" });
    fetch(`${modelBaseUrl(model)}${TEST_PREDICTIONS_FILE}`)
      .then((response) => (response.ok ? response.arrayBuffer() : null))
      .then(
        (buffer) =>
          mounted &&
          setLoaded(buffer ? { status: "ready", predictions: decodeTestPredictions(buffer) } : { status: "missing" }),
      )
      .catch(() => mounted && setLoaded({ status: "missing" }));
    return () => {
      mounted = false;
    };
  }, [model]);
  return (
    <section
      aria-label={t.title}
      data-testid="threshold-explorer"
      className="my-8 rounded-xl border border-zinc-300 bg-white p-4 text-base leading-normal shadow-sm sm:p-5"
    >
      <p className="mt-0 mb-3 text-sm font-semibold tracking-wide text-blue-800">{t.title}</p>
      <ModelSwitch language={language} model={model} onChange={setModel} />
      {loaded.status === "loading" && (
        <p role="status" className="text-zinc-500">
          {t.loading}
        </p>
      )}
      {loaded.status === "missing" && (
        <p data-testid="threshold-missing" className="text-zinc-600">
          {t.missing(TEST_PREDICTIONS_FILE)}
        </p>
      )}
      {loaded.status === "ready" && <Explorer language={language} predictions={loaded.predictions} />}
    </section>
  );
}

function Explorer({ language, predictions }: { language: Language; predictions: TestPredictions }) {
  const t = useDictionary().threshold;
  const { probabilities, labels } = predictions;
  const [threshold, setThreshold] = useState(0.5);
  const curve = useMemo(() => rocCurve(probabilities, labels), [probabilities, labels]);
  const auc = useMemo(() => areaUnder(curve), [curve]);
  const at = confusionAt(probabilities, labels, threshold);
  const count = (n: number, correct: boolean, testId: string) => (
    <td data-testid={testId} className="text-center font-mono" style={{ color: correct ? POSITIVE : NEGATIVE }}>
      {n.toLocaleString(language === "en" ? "en-US" : "zh-CN")}
    </td>
  );
  return (
    <div className="space-y-4">
      <label className="block">
        <span className="text-sm text-zinc-700">
          {t.threshold}{" "}
          <strong data-testid="threshold-value" className="font-mono">
            {threshold.toFixed(2)}
          </strong>
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={threshold}
          onChange={(e) => setThreshold(Number(e.target.value))}
          className="mt-1 block w-full accent-blue-700"
          data-testid="threshold-slider"
        />
      </label>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <div>
          <table className="text-sm">
            <thead>
              <tr>
                <th />
                <th>{t.predicted[0]}</th>
                <th>{t.predicted[1]}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th>{t.actual[0]}</th>
                {count(at.truePositive, true, "threshold-tp")}
                {count(at.falseNegative, false, "threshold-fn")}
              </tr>
              <tr>
                <th>{t.actual[1]}</th>
                {count(at.falsePositive, false, "threshold-fp")}
                {count(at.trueNegative, true, "threshold-tn")}
              </tr>
            </tbody>
          </table>
          <p className="text-sm">
            {t.precision}{" "}
            <strong data-testid="threshold-precision" className="font-mono">
              {(100 * at.precision).toFixed(2)}%
            </strong>{" "}
            · {t.recall}{" "}
            <strong data-testid="threshold-recall" className="font-mono">
              {(100 * at.recall).toFixed(2)}%
            </strong>{" "}
            · {t.accuracy}{" "}
            <strong data-testid="threshold-accuracy" className="font-mono">
              {(100 * at.accuracy).toFixed(2)}%
            </strong>
          </p>
        </div>
        <RocChart
          curve={thinCurve(curve, 400)}
          point={{
            falsePositiveRate: at.falsePositive / Math.max(1, at.falsePositive + at.trueNegative),
            truePositiveRate: at.recall,
          }}
          label={t.roc(auc.toFixed(4))}
          axes={[t.fpr, t.tpr]}
        />
      </div>
    </div>
  );
}

function RocChart({
  curve,
  point,
  label,
  axes,
}: {
  curve: { falsePositiveRate: number; truePositiveRate: number }[];
  point: { falsePositiveRate: number; truePositiveRate: number };
  label: string;
  axes: [string, string];
}) {
  const size = 220,
    pad = 28;
  const x = (rate: number) => pad + rate * (size - pad - 8);
  const y = (rate: number) => size - pad - rate * (size - pad - 8);
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={label}
        className="h-auto w-full max-w-xs"
        data-testid="roc-curve"
      >
        <rect x={x(0)} y={y(1)} width={x(1) - x(0)} height={y(0) - y(1)} fill="#fafafa" stroke="#d4d4d8" />
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="#a1a1aa" strokeDasharray="4 4" />
        <polyline
          points={curve
            .map((p) => `${x(p.falsePositiveRate).toFixed(1)},${y(p.truePositiveRate).toFixed(1)}`)
            .join(" ")}
          fill="none"
          stroke={POSITIVE}
          strokeWidth={2}
        />
        <circle
          cx={x(point.falsePositiveRate)}
          cy={y(point.truePositiveRate)}
          r={5}
          fill={NEGATIVE}
          data-testid="roc-point"
        />
        <text x={x(0.5)} y={size - 6} fontSize={10} textAnchor="middle" fill="#52525b">
          {axes[0]}
        </text>
        <text x={10} y={y(0.5)} fontSize={10} textAnchor="middle" fill="#52525b" transform={`rotate(-90 10 ${y(0.5)})`}>
          {axes[1]}
        </text>
      </svg>
      <figcaption className="text-xs text-zinc-600">{label}</figcaption>
    </figure>
  );
}
