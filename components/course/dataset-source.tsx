/**
 * Which IMDB file a model trained on, by its recorded SHA-256 (lib/imdb-source.ts): the
 * official tarball, or the labelled-only repackaging with the official checksum beside
 * it, since no download matches the repackaged one. Only the file's name is shown, never
 * a path from the training machine. For the model card and the dataset page.
 */
import { fileName, IMDB_SHA256, IMDB_URL, imdbFileKind } from "@/lib/imdb-source";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";

const Hash = ({ sha256 }: { sha256: string }) => <code className="break-all">{sha256}</code>;
const Official = () => <code>aclImdb_v1.tar.gz</code>;

const en = {
  official: (sha256: string) => (
    <>
      The official <Official /> (<a href={IMDB_URL}>ai.stanford.edu</a>), SHA-256 <Hash sha256={sha256} />.
    </>
  ),
  repackaged: (name: string, sha256: string) => (
    <>
      <code>{name}</code>: the 50,000 labelled reviews of the official <Official /> (
      <a href={IMDB_URL}>ai.stanford.edu</a>), repackaged without its unlabelled reviews and bag-of-words files; the
      review texts are the same byte for byte. Its SHA-256 is <Hash sha256={sha256} />; the official tarball&apos;s,
      which <code>npm run train</code> checks after downloading it, is <Hash sha256={IMDB_SHA256} />.
    </>
  ),
  other: (name: string, sha256: string | null) => (
    <>
      <code>{name}</code>, SHA-256 {sha256 ? <Hash sha256={sha256} /> : "not recorded (a folder)"}; the official{" "}
      <Official />
      &apos;s is <Hash sha256={IMDB_SHA256} />.
    </>
  ),
};

const zh: typeof en = {
  official: (sha256) => (
    <>
      官方的 <Official />（<a href={IMDB_URL}>ai.stanford.edu</a>），SHA-256 为 <Hash sha256={sha256} />。
    </>
  ),
  repackaged: (name, sha256) => (
    <>
      <code>{name}</code>：官方 <Official />（<a href={IMDB_URL}>ai.stanford.edu</a>）中带标签的 50,000
      条影评重新打包而成，去掉了无标签影评和词袋文件，影评文本逐字节相同。它的 SHA-256 为 <Hash sha256={sha256} />
      ；官方压缩包的 SHA-256（<code>npm run train</code> 下载后会核对）为 <Hash sha256={IMDB_SHA256} />。
    </>
  ),
  other: (name, sha256) => (
    <>
      <code>{name}</code>，SHA-256 为 {sha256 ? <Hash sha256={sha256} /> : "未记录（这是一个文件夹）"}；官方{" "}
      <Official /> 的 SHA-256 为 <Hash sha256={IMDB_SHA256} />。
    </>
  ),
};

export function DatasetSource({ dataset, language }: { dataset: ModelMetadata["dataset"]; language: Language }) {
  const t = { en, zh }[language];
  const name = fileName(dataset.source);
  const kind = imdbFileKind(dataset.sha256);
  return (
    <span data-testid="dataset-source">
      {kind === "official"
        ? t.official(IMDB_SHA256)
        : kind === "labelled-only"
          ? t.repackaged(name, dataset.sha256!)
          : t.other(name, dataset.sha256)}
    </span>
  );
}
