import type { Language } from "@/lib/site";
import { Callout } from "../../callout";
import { CodeCompare } from "../../code-compare";
import { DataTable, mono } from "../../data-table";
import { Equation, Frac } from "../../equation";
import { equationLabels } from "../../equation-labels";
import { LearnArticle } from "../../learn-article";
import { DEFAULTS } from "./copy";
import { en } from "./en";
import { zh } from "./zh";

export default function AdamPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="adam">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <h2>{t.jobTitle}</h2>
            <p>{t.job}</p>
            <Equation label={equationLabels(language).gradientStep}>
              <var>w</var> ← <var>w</var> − η · <var>g</var>
            </Equation>
            <h2>{t.addsTitle}</h2>
            <p>{t.source}</p>
            <ul>
              {t.adds.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <Equation label={equationLabels(language).adam}>
              <span className="block">
                <var>m</var> ← β<sub>1</sub>
                <var>m</var> + (1 − β<sub>1</sub>) <var>g</var>, &nbsp; <var>v</var> ← β<sub>2</sub>
                <var>v</var> + (1 − β<sub>2</sub>) <var>g</var>
                <sup>2</sup>
              </span>
              <span className="block">
                <var>w</var> ← <var>w</var> − η ·{" "}
                <Frac
                  top={
                    <>
                      <var>m</var> / (1 − β<sub>1</sub>
                      <sup>
                        <var>t</var>
                      </sup>
                      )
                    </>
                  }
                  bottom={
                    <>
                      √(<var>v</var> / (1 − β<sub>2</sub>
                      <sup>
                        <var>t</var>
                      </sup>
                      )) + ε
                    </>
                  }
                />
              </span>
            </Equation>
            <h2>{t.defaultsTitle}</h2>
            <p>{t.defaults}</p>
            <DataTable
              head={t.head}
              rows={DEFAULTS.map((row, i) => ({
                key: row.name,
                cells: [<code key="name">{row.name}</code>, mono(row.value), t.roles[i]],
              }))}
            />
            <CodeCompare
              language={language}
              keras="model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])"
              file="scripts/lib/model.ts"
              from="model.compile({"
            />
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/fit.ts"
              from="const loss = model.optimizer.minimize("
              to=") as tf.Scalar;"
            />
            <Callout>
              <p>{t.scale}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
