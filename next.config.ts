import { buildSync } from "esbuild";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { modelOrigin, WEIGHTS_VERSION_PARAM } from "./lib/model-hosting";
import { pageRoutes } from "./lib/page-routes";

/**
 * The typed review never leaves the browser: scripts, styles and connections are
 * limited to this site and the configured model host.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  // Next.js inlines its bootstrap scripts. No 'wasm-unsafe-eval': the browser runs tfjs on webgl or
  // cpu and never loads its wasm backend (only training does); the one WebAssembly probe in the
  // bundles (long.js's 64-bit multiply) is caught and falls back to JavaScript.
  "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${modelOrigin()}`.trim(),
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Pages have one route tree, app/[lang]/, for both languages. English keeps its URLs at
 * the root (/learn/lstm is app/[lang]/learn/[slug] with lang "en"); Chinese is under /zh.
 * The English URLs are read from that tree, so a new page needs no entry here.
 */
const englishRewrites = () =>
  pageRoutes().map((source) => ({ source, destination: source === "/" ? "/en" : `/en${source}` }));

/**
 * The two workers as plain scripts at fixed URLs. The box's model worker, public/box/model-worker.js
 * (components/box/early-worker.ts): the home page starts it from an inline script while its
 * HTML is parsed, which cannot know the hashed URL of a chunk Next.js emits. The service worker,
 * public/sw.js, whose URL is its scope. Bundled here, so every `next build` and `next dev` (and
 * Vercel's build) writes them from their TypeScript.
 */
function bundleWorkers(): void {
  bundle("components/box/model.worker.ts", "public/box/model-worker.js");
  // The service worker (components/offline/service-worker.ts) at the root: its scope is the whole site.
  bundle("components/offline/service-worker.ts", "public/sw.js");
}

function bundle(entry: string, outfile: string): void {
  const result = buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "error",
    // As Next.js inlines it into its own bundles.
    define: { "process.env.NEXT_PUBLIC_MODEL_URL": JSON.stringify(process.env.NEXT_PUBLIC_MODEL_URL ?? "") },
  });
  if (result.errors.length > 0) throw new Error(`could not bundle ${entry}`);
}

const nextConfig: NextConfig = {
  // app/global-not-found.tsx: the root layout is under app/[lang]/, so an address that matches no route needs its own page.
  experimental: { globalNotFound: true },
  async rewrites() {
    return englishRewrites();
  },
  async redirects() {
    // One address per page: /en/... is the rewrite's target, not a second URL.
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        // Pages and the model worker's script: a policy governs the document or worker it arrives
        // with, so the build's chunks and the model files do without it (0.4 kB less per file).
        source: "/:path((?!_next/static/|models/).*)",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
      {
        // Weights fetched as weights.bin?v=<SHA-256 prefix> (lib/model-hosting.ts, folderFileUrl): new
        // weights get a new URL, so browsers keep these for good. Plain URLs, and model.json that
        // names the hash, keep Next.js's revalidation (max-age=0).
        source: "/models/:path*",
        has: [{ type: "query", key: WEIGHTS_VERSION_PARAM }],
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) bundleWorkers();
  return nextConfig;
}
