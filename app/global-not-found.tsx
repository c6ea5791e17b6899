import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found-body";
import { dictionary } from "@/lib/i18n/dictionary";
import { HTML_LANG, LANGUAGES, SITE } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: `${dictionary("en").notFound.title} · ${SITE.name.en}`,
};

/** Marks the page Chinese under /zh, so app/globals.css shows the Chinese text only (CSP allows inline scripts). */
const PICK_LANGUAGE = `if (location.pathname === "/zh" || location.pathname.startsWith("/zh/")) document.documentElement.lang = "${HTML_LANG.zh}";`;

/**
 * An address that matches no route at all. The root layout lives under app/[lang]/, so no
 * layout applies and Next.js passes no path: both languages are rendered, and a one-line
 * script picks the address's (/zh/… Chinese, else English) before the first paint.
 */
export default function GlobalNotFound() {
  return (
    <html lang={HTML_LANG.en}>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant, no user input */}
        <script dangerouslySetInnerHTML={{ __html: PICK_LANGUAGE }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased">
        <main className="mx-auto max-w-3xl space-y-10 p-6" data-localized-404>
          {LANGUAGES.map((language) => (
            <NotFoundBody key={language} language={language} t={dictionary(language).notFound} />
          ))}
        </main>
      </body>
    </html>
  );
}
