import type { Metadata } from "next";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import ru from "@/messages/ru.json";
import ar from "@/messages/ar.json";
import { directionOf, locales } from "@/i18n/routing";
import "./globals.css";

// Paths outside every language (the proxy sends pages to a language, so this
// is for files that do not exist, e.g. /no-such-file.txt). Nothing says which
// language the visitor reads: the page says it in all five, each leading to
// that language's home page.
const messages = { en, fr, es, ru, ar };

export const metadata: Metadata = { title: `${en.NotFound.title} · ${en.Site.name}` };

export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="bg-slate-50 text-slate-900 antialiased">
        <main className="mx-auto max-w-xl space-y-8 px-4 py-16 text-center">
          {locales.map((locale) => (
            <section key={locale} lang={locale} dir={directionOf(locale)}>
              {locale === "en" ? (
                <h1 className="text-2xl font-bold text-brand-900">{messages[locale].NotFound.title}</h1>
              ) : (
                <h2 className="text-2xl font-bold text-brand-900">{messages[locale].NotFound.title}</h2>
              )}
              <p className="mt-2 text-slate-700">{messages[locale].NotFound.message}</p>
              <p className="mt-2">
                <a href={`/${locale}`} className="font-medium text-brand-700 underline">
                  {messages[locale].NotFound.home}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
