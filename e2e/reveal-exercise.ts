/**
 * Reveals a course exercise's answers ("Show the model's answer"). A click before the page has
 * hydrated does nothing, so it clicks until the button gives way to the answers.
 */
import { expect, type Locator } from "@playwright/test";

export async function revealAnswers(exercise: Locator): Promise<void> {
  const reveal = exercise.getByTestId("exercise-reveal");
  await expect(async () => {
    if ((await reveal.count()) > 0) await reveal.click({ timeout: 2_000 });
    await expect(reveal).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}
