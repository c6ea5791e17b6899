/**
 * Which body each course page renders: app/[lang]/learn/[slug]/page.tsx looks the slug
 * up here. Keyed by LearnSlug, so a page in LEARN_PAGES without a body is a compile error.
 */
import type { ComponentType } from "react";
import type { Language, LearnSlug } from "@/lib/site";
import OwnRecordingsPage from "../eeg/own-recordings";
import YourOwnSequencesPage from "../eeg/your-own-sequences";
import AdamPage from "./pages/adam";
import EpochsBatchesPage from "./pages/epochs-batches";
import EvaluationPage from "./pages/evaluation";
import GlossaryPage from "./pages/glossary";
import ImdbDatasetPage from "./pages/imdb-dataset";
import LogLossPage from "./pages/log-loss";
import LstmPage from "./pages/lstm";
import PaddingTruncationPage from "./pages/padding-truncation";
import QuestionsPage from "./pages/questions";
import RandomSeedPage from "./pages/random-seed";
import SigmoidOutputPage from "./pages/sigmoid-output";
import TrainingVsTestingPage from "./pages/training-vs-testing";
import TutorialRecipePage from "./pages/tutorial-recipe";
import VocabularyPage from "./pages/vocabulary";
import WordEmbeddingsPage from "./pages/word-embeddings";

export const LEARN_PAGE_BODIES: Record<LearnSlug, ComponentType<{ language: Language }>> = {
  "training-vs-testing": TrainingVsTestingPage,
  "imdb-dataset": ImdbDatasetPage,
  "word-embeddings": WordEmbeddingsPage,
  vocabulary: VocabularyPage,
  "padding-truncation": PaddingTruncationPage,
  "random-seed": RandomSeedPage,
  lstm: LstmPage,
  "sigmoid-output": SigmoidOutputPage,
  "log-loss": LogLossPage,
  adam: AdamPage,
  "epochs-batches": EpochsBatchesPage,
  evaluation: EvaluationPage,
  "tutorial-recipe": TutorialRecipePage,
  "your-own-sequences": YourOwnSequencesPage,
  "own-recordings": OwnRecordingsPage,
  questions: QuestionsPage,
  glossary: GlossaryPage,
};
