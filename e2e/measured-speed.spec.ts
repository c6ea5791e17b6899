/**
 * The model card's "Speed" section shows what the benches saved (public/measured/), each figure
 * with its target and whether it was met, recomputed here from the files.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatDecimal, formatInteger, formatPercent } from "../lib/format";
import { MEASURED_FILES, parseFirstVerdictSpeed, parseTrainingSpeed } from "../lib/measured-speed";
import { localePath } from "../lib/site";

const read = <T>(name: string, parse: (value: unknown, where: string) => T): T | null => {
  const file = `public/${name}`;
  return existsSync(file) ? parse(JSON.parse(readFileSync(file, "utf8")), file) : null;
};

test("the model card quotes the saved first-verdict and training figures with their verdicts", async ({ page }) => {
  const firstVerdict = read(MEASURED_FILES.firstVerdict, parseFirstVerdictSpeed);
  const training = read(MEASURED_FILES.training, parseTrainingSpeed);
  await page.goto(localePath("en", "/model"));
  const section = page.locator("#speed ~ [data-measured]");
  if (firstVerdict === null)
    await expect(page.getByText("Not measured yet: run npm run bench -- --save.")).toBeVisible();
  else {
    const quiet = Math.max(...firstVerdict.machine.loadAverages) < firstVerdict.targets.quietLoad;
    const met = firstVerdict.asIs.p50Ms <= firstVerdict.targets.firstVerdictMs;
    await expect(section.first()).toContainText(
      `${formatInteger(firstVerdict.asIs.p50Ms, "en")} ms (≤ 500 ms: ${quiet ? (met ? "met" : "missed") : "not judged"}`,
    );
    const bytesMet = firstVerdict.bytesBeforeVerdict <= firstVerdict.targets.bytesBeforeVerdict;
    await expect(section.first()).toContainText(
      `${formatInteger(firstVerdict.bytesBeforeVerdict / 1000, "en")} kB (≤ 350 kB: ${bytesMet ? "met" : "missed"})`,
    );
  }
  if (training === null) await expect(page.getByText(/Not measured yet: run npm run bench:train/)).toBeVisible();
  else {
    const epoch = `${formatDecimal(training.epochCpuMinutes, 2, "en")} min (≤ 2.00 min: ${training.epochCpuMinutes <= 2 ? "met" : "missed"}`;
    await expect(section.last()).toContainText(epoch);
    await expect(section.last()).toContainText(`${formatPercent(training.floorShare, 0, "en")} (≥ 60%:`);
  }
});

test("the Chinese model card has the section too, in Chinese", async ({ page }) => {
  await page.goto(localePath("zh", "/model"));
  await expect(page.locator("h2#speed")).toHaveText("速度");
  await expect(page.locator("nav a[href='#speed']")).toHaveText("速度");
});
