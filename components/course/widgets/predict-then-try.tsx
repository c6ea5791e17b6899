"use client";
/**
 * "Check your understanding": a question, one or more reviews, a guess of P(positive) for
 * each, then the live model's answer. The guess comes first on purpose: predicting, then
 * checking, is what makes the result stick. The explanation is about the model the learner
 * is looking at: one per model, computed from each model when the site was built
 * (exercise-readings.ts), or one text about the tutorial's model, then named as such.
 */
import { useState } from "react";
import { dictionary } from "@/lib/i18n/dictionary";
import type { ModelName } from "@/lib/model-folder";
import type { Language } from "@/lib/site";
import { probabilityBackground } from "../../palette";
import { usePredictor } from "../use-predictor";
import { ModelSwitch } from "./model-switch";

export function PredictThenTry({
  language,
  question,
  texts,
  explanation,
}: {
  language: Language;
  question: string;
  texts: string[];
  /** Per model; a plain string is about the tutorial's model. */
  explanation: string | Partial<Record<ModelName, string>>;
}) {
  const { exercise: t, widget } = dictionary(language);
  const [model, setModel] = useState<ModelName>("tutorial");
  const state = usePredictor(model);
  const [guesses, setGuesses] = useState(() => texts.map(() => 0.5));
  const [revealed, setRevealed] = useState(false);
  return (
    <section
      aria-label={t.check}
      data-testid="exercise"
      className="my-8 rounded-xl border-2 border-dashed border-blue-300 bg-blue-50/40 p-4 text-base leading-normal"
    >
      <p className="mt-0 mb-2 text-sm font-semibold text-blue-800">{t.check}</p>
      <ModelSwitch language={language} model={model} onChange={setModel} />
      <p className="mt-0">{question}</p>
      <ol className="m-0 list-none space-y-3 p-0">
        {texts.map((text, i) => (
          <li key={i} className="m-0 rounded-lg border border-zinc-200 bg-white p-3">
            {text ? (
              <blockquote lang="en" className="m-0 italic">
                “{text}”
              </blockquote>
            ) : (
              <p className="m-0 text-zinc-500">{t.empty}</p>
            )}
            <label className="mt-2 flex items-center gap-2 text-sm">
              {t.guess} <span className="w-10 font-mono">{guesses[i].toFixed(2)}</span>
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={guesses[i]}
                disabled={revealed}
                onChange={(e) => setGuesses(guesses.map((g, k) => (k === i ? Number(e.target.value) : g)))}
                className="grow accent-blue-700"
                data-testid="exercise-guess"
              />
            </label>
            {revealed &&
              state.status === "ready" &&
              (() => {
                const probability = state.predictor.read(text).probability;
                return (
                  <p className="mb-0 mt-2 text-sm">
                    {t.model}{" "}
                    <strong
                      data-testid="exercise-answer"
                      className="rounded px-1 font-mono"
                      style={{ background: probabilityBackground(probability) }}
                    >
                      {probability.toFixed(3)}
                    </strong>{" "}
                    · {t.off(Math.abs(probability - guesses[i]).toFixed(2))}
                  </p>
                );
              })()}
          </li>
        ))}
      </ol>
      {!revealed ? (
        <button
          type="button"
          onClick={() => setRevealed(true)}
          className="mt-3 rounded-md bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          data-testid="exercise-reveal"
        >
          {t.reveal}
        </button>
      ) : state.status !== "ready" ? (
        <p role="status" className="text-sm text-zinc-500">
          {state.status === "error" ? state.message : t.loading}
        </p>
      ) : (
        <p className="mb-0 mt-3 text-sm text-zinc-700" data-testid="exercise-explanation" data-model={model}>
          {explanationFor(explanation, model, (text) => t.about(widget.models.tutorial, text))}
        </p>
      )}
    </section>
  );
}

/** The explanation for `model`; one written for the tutorial's model says so on the other. */
function explanationFor(
  explanation: string | Partial<Record<ModelName, string>>,
  model: ModelName,
  aboutTutorial: (text: string) => string,
): string {
  const own = typeof explanation === "string" ? (model === "tutorial" ? explanation : undefined) : explanation[model];
  if (own !== undefined) return own;
  const tutorial = typeof explanation === "string" ? explanation : explanation.tutorial;
  return tutorial === undefined ? "" : aboutTutorial(tutorial);
}
