/**
 * The IMDB files a model may have trained on, as pages name them: the official tarball
 * (its URL and SHA-256, which the download checks) and the project's labelled-only
 * repackaging of it (the same 50,000 labelled review texts byte for byte, without the
 * unlabelled reviews and the bag-of-words files; ../shared/data/README.md).
 */
export const IMDB_URL = "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz";
export const IMDB_SHA256 = "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe";
export const IMDB_BYTES = 84_125_825;
/** `aclImdb_v1-labeled.tar.gz`: no download matches it, so pages show the official checksum beside it. */
export const IMDB_LABELLED_ONLY_SHA256 = "a33bae9029a3491ae3832309b5a1d4a58d9afcbf92fb488ac9e1d4bd7e9752ec";

/** Which file a recorded SHA-256 names: the official tarball, the labelled-only repackaging, or another copy. */
export type ImdbFileKind = "official" | "labelled-only" | "other";

export function imdbFileKind(sha256: string | null): ImdbFileKind {
  return sha256 === IMDB_SHA256 ? "official" : sha256 === IMDB_LABELLED_ONLY_SHA256 ? "labelled-only" : "other";
}

/** The file's base name: metadata written before training stored only that may hold a path. */
export function fileName(source: string): string {
  return source.split(/[/\\]/).pop() ?? source;
}
