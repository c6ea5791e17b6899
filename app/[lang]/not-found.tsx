import { NotFoundBody } from "@/components/not-found-body";
import { dictionary } from "@/lib/i18n/dictionary";
import { LANGUAGES } from "@/lib/site";

/**
 * A page under /… or /zh/… that does not exist, inside the site's header and footer. Next.js
 * gives not-found.tsx no params, so both languages are rendered and app/globals.css shows the
 * one that matches the layout's <html lang>: no client code, nothing to hydrate.
 */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl p-6" data-localized-404>
      {LANGUAGES.map((language) => (
        <NotFoundBody key={language} language={language} t={dictionary(language).notFound} />
      ))}
    </main>
  );
}
