import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ModelFooter } from "@/components/model-footer";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "How an LSTM reads a review", template: "%s · How an LSTM reads a review" },
  description: "Type a movie review and watch the Keras IMDB LSTM read it, in your browser.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased">
        <SiteHeader />
        {children}
        <ModelFooter />
      </body>
    </html>
  );
}
