import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageDictionary } from "@/components/dictionary/page-dictionary";
import { ModelFooter } from "@/components/model-footer";
import { type LanguageParams, routeLanguage } from "@/components/route-params";
import { SiteHeader } from "@/components/site-header";
import { dictionary } from "@/lib/i18n/dictionary";
import { HTML_LANG, LANGUAGES, SITE } from "@/lib/site";
import "../globals.css";

/** English pages are served at the root through the rewrites in next.config.ts, Chinese ones under /zh. */
export function generateStaticParams() {
  return LANGUAGES.map((lang) => ({ lang }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: LanguageParams }): Promise<Metadata> {
  const language = await routeLanguage(params);
  const name = SITE.name[language];
  return { title: { default: name, template: `%s · ${name}` }, description: dictionary(language).site.description };
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: LanguageParams }) {
  const language = await routeLanguage(params);
  return (
    <html lang={HTML_LANG[language]}>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased">
        <PageDictionary language={language}>
          <a
            href="#content"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:ring-2 focus:ring-blue-700"
          >
            {dictionary(language).nav.skip}
          </a>
          <SiteHeader language={language} />
          <div id="content">{children}</div>
          <ModelFooter language={language} />
        </PageDictionary>
      </body>
    </html>
  );
}
