import type { ReactNode } from "react";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { accountClientNamespaces, clientMessages } from "@/i18n/client-messages";

// Sign-in and password links: rendered per request, so their scripts carry
// the Content-Security-Policy nonce, with the messages of their forms.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await connection();
  const messages = await clientMessages(accountClientNamespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
