import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found-body";
import { dictionary } from "@/lib/i18n/dictionary";
import { LANGUAGES, SITE } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: `${dictionary("en").notFound.title} · ${SITE.name.en}`,
};

/**
 * An address that matches no route at all. The root layout lives under app/[lang]/, so no
 * layout (and no language) applies: the page says it in both languages, each with its links.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased">
        <main className="mx-auto max-w-3xl space-y-10 p-6">
          {LANGUAGES.map((language) => (
            <NotFoundBody key={language} language={language} t={dictionary(language).notFound} />
          ))}
        </main>
      </body>
    </html>
  );
}
