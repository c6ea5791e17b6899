/** What the evaluation page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
/**
 * The tutorial model's stored mistakes that the page explains, by the start of their
 * excerpt (metadata.json evaluation.mistakes). A mistake not listed is shown without a note.
 */
export const MISTAKE_KEYS = {
  boringSuccess: "E. Elias Merhige's existentialist experiment",
  robocop: "This movie is an evolutionary piece",
  notAsBad: "this movie is not as bad as some say",
  strangeFruit: "I went to see this 3 nights ago here in Cork",
  risingDamp: "This film derives from a Long Running ITV sitcom",
  disappointed: "I must say I was disappointed with this film",
} as const;

export type MistakeKey = keyof typeof MISTAKE_KEYS;

/** The key of a stored mistake, or null when the page has no note for it. */
export function mistakeKey(excerpt: string): MistakeKey | null {
  const found = Object.entries(MISTAKE_KEYS).find(([, start]) => excerpt.startsWith(start));
  return found ? (found[0] as MistakeKey) : null;
}
