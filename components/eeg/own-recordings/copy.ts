import type { ReactNode } from "react";
import type { TrialPicture } from "@/lib/eeg/trial-picture";
import type { TrialEventsText } from "./trial-events-picture";

/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export interface Copy {
  intro: ReactNode;
  sourcesTitle: string;
  sources: ReactNode[];
  layoutTitle: string;
  layout: string;
  layoutNotes: ReactNode[];
  trialTitle: string;
  trial: ReactNode;
  pictureTitle: (picture: TrialPicture) => string;
  picture: Omit<TrialEventsText, "title">;
  pictureCaption: (picture: TrialPicture) => ReactNode;
  behaviourTitle: string;
  behaviour: ReactNode;
  column: string;
  value: string;
  labelsTitle: string;
  labels: ReactNode[];
  commandsTitle: string;
  commands: string;
  presetTitle: string;
  preset: ReactNode;
  presetDoes: string[];
  presetDoesNotTitle: string;
  presetDoesNot: string[];
  presetCaution: string;
  trajectoryTitle: string;
  resultsTitle: string;
  trajectory: ReactNode;
}

/** The commands the page shows, as typed (the miniature's folder: data/foodchoice-mini). */
/** The label of the commands block. */
export const SHELL = { en: "shell", zh: "命令行" } as const;

export const COMMANDS = `npm run make-foodchoice-mini -- --out data/foodchoice-mini
npm run train-sequences -- --preset chen2022 --data data/foodchoice-mini --batch-size 8 --learning-rate 0.005 --epochs 60 --patience 10 --evaluate within-subject --report public/eeg-comparison/foodchoice-mini-within-subject.json
npm run train-sequences -- --preset chen2022 --data data/foodchoice-mini --stimulus 0400 --label-column response --labels left=0,right=1 --align trial-index --evaluate within-subject
npm run train-trajectories -- --data data/foodchoice-mini --share 0.4 --evaluate within-subject
npm run make-trial-picture -- --data data/foodchoice-mini`;
