/** The glossary's own words; the terms themselves are in ../glossary-terms.ts, in both languages. */
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = { intro: string; head: string[] };
