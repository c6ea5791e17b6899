/** What the commands print after a publish: the URLs, what changed, and what comes next. */
import { MODEL_FILES } from "../../../lib/open-model-folder";
import type { PublishResult } from "./publish";

/** A shell word: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[\w./:=@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

export function shellCommand(words: string[]): string {
  return words.map(shellWord).join(" ");
}

export function describePublication(result: PublishResult, redeployCommand: string): string {
  const lines = result.files.map(
    (file) => `  ${file.name.padEnd(16)} ${file.bytes.toLocaleString("en-US").padStart(12)} bytes  ${file.action}`,
  );
  if (result.dryRun || result.baseUrl === null) {
    return [
      `Dry run: the artifacts are valid. A publish would upload version ${result.version} to ${result.versionPathname}`,
      ...lines,
      `and then point ${result.pointerPathname} at it. Nothing was uploaded.`,
    ].join("\n");
  }
  const headline = result.pointerMoved
    ? `Published version ${result.version}; every file was downloaded again and matched its SHA-256.`
    : `Version ${result.version} is already published and current; every file was downloaded again and matched its SHA-256. The pointer was not touched.`;
  const pointerLine = result.pointerMoved
    ? `Pointer ${result.pointerUrl} now names ${result.version}${result.previousVersion ? ` (was ${result.previousVersion})` : ""}.`
    : `Pointer ${result.pointerUrl} names ${result.version}.`;
  return `${headline}
${lines.join("\n")}
  model.json URL   ${result.baseUrl}${MODEL_FILES.model}
${pointerLine}

The site picks its model at build time: NEXT_PUBLIC_MODEL_URL=${result.baseUrl}
Set it and deploy, then check the live site runs ${result.version}, in one command:

  ${redeployCommand}

Visitors switch when the deployment goes live; pages already open keep the version they loaded.`;
}
