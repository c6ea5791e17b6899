import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium";

const PORT = 3100;

/**
 * Browser tests against the production build (`npm run test:e2e` builds first),
 * in the Chromium scripts/lib/chromium.ts names (CHROMIUM_PATH, else Debian's /usr/bin/chromium).
 */
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    // The site's service worker (components/offline/) would answer requests that tests hold or
    // change with page.route; e2e/offline.spec.ts allows it and tests it.
    serviceWorkers: "block",
  },
  webServer: {
    command: `npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
