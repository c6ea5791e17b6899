import { parseTrialPicture } from "@/lib/eeg/trial-picture";
import type { Language } from "@/lib/site";
import { Callout } from "../../course/callout";
import { CodeBlock } from "../../course/code-compare";
import { Figure } from "../../course/figure";
import { LearnArticle } from "../../course/learn-article";
import { ScrollRegion } from "../../scroll-region";
import { COMMANDS, SHELL } from "./copy";
import { en } from "./en";
import { MiniatureResults } from "./miniature-results";
import { TrialEventsPicture } from "./trial-events-picture";
import trialPicture from "./trial-picture.json";
import { zh } from "./zh";

// Checked against its schema when the page is built: a file from another version fails the build, naming it.
const picture = parseTrialPicture(trialPicture, "components/eeg/own-recordings/trial-picture.json");

/** "Your own recordings: from ds003766's files to trials". */
export default function OwnRecordingsPage({ language }: { language: Language }) {
  const t = { en, zh }[language];
  return (
    <LearnArticle language={language} slug="own-recordings">
      <p>{t.intro}</p>
      <h2>{t.sourcesTitle}</h2>
      <ul>
        {t.sources.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{item}</li>
        ))}
      </ul>
      <h2>{t.layoutTitle}</h2>
      <p>{t.layout}</p>
      <CodeBlock label="data/foodchoice-mini/" code={picture.layout.join("\n")} lang="text" />
      <ul>
        {t.layoutNotes.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{item}</li>
        ))}
      </ul>
      <h2>{t.trialTitle}</h2>
      <p>{t.trial}</p>
      <Figure caption={t.pictureCaption(picture)}>
        <TrialEventsPicture picture={picture} text={{ ...t.picture, title: t.pictureTitle(picture) }} />
      </Figure>
      <h2>{t.behaviourTitle}</h2>
      <p>{t.behaviour}</p>
      {picture.behaviour && (
        <ScrollRegion label={t.behaviourTitle}>
          <table data-testid="behaviour-row">
            <thead>
              <tr>
                <th>{t.column}</th>
                <th>{t.value}</th>
              </tr>
            </thead>
            <tbody>
              {picture.behaviour.columns.map((column) => (
                <tr key={column}>
                  <td>
                    <code>{column}</code>
                  </td>
                  <td>
                    <code>{picture.behaviour!.cells[column]}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <h2>{t.labelsTitle}</h2>
      <ul>
        {t.labels.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{item}</li>
        ))}
      </ul>
      <h2>{t.commandsTitle}</h2>
      <p>{t.commands}</p>
      <CodeBlock label={SHELL[language]} code={COMMANDS} lang="sh" />
      <h2>{t.presetTitle}</h2>
      <p>{t.preset}</p>
      <ul>
        {t.presetDoes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t.presetDoesNotTitle}</p>
      <ul>
        {t.presetDoesNot.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <Callout kind="warning">
        <p>{t.presetCaution}</p>
      </Callout>
      <h2>{t.trajectoryTitle}</h2>
      <p>{t.trajectory}</p>
      <h2>{t.resultsTitle}</h2>
      <MiniatureResults language={language} />
    </LearnArticle>
  );
}
