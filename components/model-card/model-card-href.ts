import type { ModelName } from "@/lib/model-folder";
import { type Language, localePath } from "@/lib/site";

/** The model card's section for a model (components/model-card/model-card-section.tsx), for links from the course. */
export function modelCardHref(language: Language, name: ModelName): string {
  return `${localePath(language, "/model")}#model-${name}`;
}
