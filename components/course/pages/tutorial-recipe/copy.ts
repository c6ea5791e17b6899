import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  missingModel: ReactNode;
  recipeTitle: string;
  recipeIntro: ReactNode;
  recipeHead: string[];
  recipeRows: string[];
  yes: string;
  no: string;
  lengthTitle: string;
  lengthIntro: ReactNode;
  behaviourTitle: string;
  behaviourIntro: ReactNode;
  ablationTitle: string;
  ablationIntro: ReactNode;
  ablationBehaviour: string;
  step: (n: number) => string;
  noAblation: ReactNode;
  phrasesTitle: string;
  phrasesIntro: ReactNode;
  phrasesHead: string[];
  noPhrases: ReactNode;
  bandTitle: string;
};
