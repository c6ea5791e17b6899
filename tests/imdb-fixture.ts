/**
 * A tiny IMDB dataset in the official layout, as a folder and as a `.tar.gz`, for tests.
 *
 *   aclImdb/{train,test}/{pos,neg}/<id>_<rating>.txt   the labeled reviews
 *   aclImdb/train/unsup/..., labeledBow.feat, urls_*.txt, imdb.vocab, ...   extras to ignore
 *
 * Positive reviews use "great wonderful loved", negative ones "awful boring hated",
 * so a tiny model can learn them in a few steps.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { c as createTar } from "tar";
import type { Review } from "../scripts/lib/imdb/imdb-dataset";

export interface ImdbFixture {
  /** Temporary folder holding `aclImdb/` and the tarball. */
  dir: string;
  /** The extracted `aclImdb/` folder. */
  folder: string;
  /** `aclImdb_v1.tar.gz`: the same files, archived as the official download is. */
  tarball: string;
  /** Every labeled review written, sorted by id. */
  reviews: Review[];
  remove(): Promise<void>;
}

export interface FixtureOptions {
  /** Reviews per class per split (default 12). */
  reviewsPerClass?: number;
  /** Folders not to write at all, such as `"test/neg"`. */
  leaveOut?: string[];
}

const WORDS = {
  pos: ["great", "wonderful", "loved"],
  neg: ["awful", "boring", "hated"],
  neutral: ["movie", "film", "plot", "actors", "story", "ending"],
};

/** Review `k` of a class: a few neutral words around two sentiment words. */
function reviewText(polarity: "pos" | "neg", k: number): string {
  const [a, b, c] = WORDS[polarity];
  const subject = WORDS.neutral[k % WORDS.neutral.length];
  const second = WORDS.neutral[(k + 2) % WORDS.neutral.length];
  const sentences = [`The ${subject} was ${[a, b, c][k % 3]}.`, `I ${c} the ${second}, ${[a, b][k % 2]}!`];
  // Line breaks and non-ASCII text as the real reviews have them.
  if (k % 4 === 1) sentences.splice(1, 0, "<br /><br />");
  if (k % 5 === 2) sentences.push("Café 電影 ☕");
  return sentences.join(" ");
}

/** Writes the fixture into a new temporary folder. */
export async function writeImdbFixture(options: FixtureOptions = {}): Promise<ImdbFixture> {
  const { reviewsPerClass = 12, leaveOut = [] } = options;
  const dir = await mkdtemp(join(tmpdir(), "imdb-fixture-"));
  const files = new Map<string, string>();
  const reviews: Review[] = [];
  for (const split of ["train", "test"] as const) {
    for (const polarity of ["pos", "neg"] as const) {
      if (leaveOut.includes(`${split}/${polarity}`)) continue;
      for (let k = 0; k < reviewsPerClass; k++) {
        const rating = polarity === "pos" ? 7 + (k % 4) : 1 + (k % 4);
        const id = `${split}/${polarity}/${k}_${rating}.txt`;
        const text = reviewText(polarity, k + (split === "test" ? 1 : 0));
        files.set(`aclImdb/${id}`, text);
        reviews.push({ id, label: polarity === "pos" ? 1 : 0, text });
      }
    }
  }
  // Extras of the official archive, all of which the loader must skip.
  files.set("aclImdb/train/unsup/0_0.txt", `The ${WORDS.neutral[0]} unlabeled.`);
  files.set("aclImdb/train/unsup/1_0.txt", "Another unlabeled review.");
  files.set("aclImdb/train/labeledBow.feat", "9 0:9 1:1 2:4\n");
  files.set("aclImdb/train/unsupBow.feat", "0 0:8 1:6\n");
  files.set("aclImdb/train/urls_pos.txt", "http://www.imdb.com/title/tt0453418/usercomments\n");
  files.set("aclImdb/train/urls_unsup.txt", "http://www.imdb.com/title/tt0018515/usercomments\n");
  files.set("aclImdb/test/labeledBow.feat", "10 0:7 1:2\n");
  files.set("aclImdb/test/urls_neg.txt", "http://www.imdb.com/title/tt0000001/usercomments\n");
  files.set("aclImdb/imdb.vocab", "the\nand\na\n");
  files.set("aclImdb/imdbEr.txt", "0.0490972013402\n");
  files.set("aclImdb/README", "Large Movie Review Dataset v1.0\n");
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const tarball = join(dir, "aclImdb_v1.tar.gz");
  await createTar({ gzip: true, file: tarball, cwd: dir, portable: true }, ["aclImdb"]);
  return {
    dir,
    folder: join(dir, "aclImdb"),
    tarball,
    reviews: reviews.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
