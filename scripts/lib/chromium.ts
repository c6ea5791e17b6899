/**
 * The Chromium that the browser tests (playwright.config.ts), `npm run bench` and
 * scripts/ensure-chromium.sh use: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`.
 * Playwright cannot download its own browser offline, so it drives this one.
 */

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The browser binary to launch. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

/** Headless, as root, quiet: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Playwright's `launchOptions` for it. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] };
}
