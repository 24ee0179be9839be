"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { previewMarkdownAction } from "@/lib/actions/news";
import { TextAreaField } from "@/components/ui/form-fields";

/**
 * A Markdown text area with a live preview beside it. The preview is the HTML
 * the public page renders — made and sanitized on the server by the same
 * function — so what staff see is what visitors get, and a <script> never runs.
 */
export function MarkdownField({ name, label, value, onChange, errors, initialHtml, lang, dir, rows = 12 }: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  initialHtml: string;
  lang: string;
  dir: "ltr" | "rtl";
  rows?: number;
}) {
  const t = useTranslations("StaffNews.editor");
  const [html, setHtml] = useState(initialHtml);
  const [failed, setFailed] = useState(false);
  const rendered = useRef(value);
  const latest = useRef(value);

  useEffect(() => {
    latest.current = value;
    if (value === rendered.current) return;
    const timer = setTimeout(async () => {
      const data = new FormData();
      data.set("source", value);
      try {
        const result = await previewMarkdownAction(null, data);
        // A slower answer for older text must not replace the preview of newer text.
        if (latest.current !== value) return;
        if (result?.ok && result.data) {
          rendered.current = value;
          setHtml((result.data as { html: string }).html);
          setFailed(false);
        } else {
          setFailed(true);
        }
      } catch {
        setFailed(true);
      }
    }, 350);
    return () => clearTimeout(timer);
  }, [value]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        name={name}
        label={label}
        hint={t("markdownHint")}
        errors={errors}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={rows}
        lang={lang}
        dir={dir}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-red-700"
      />
      <figure>
        <figcaption className="block text-sm font-medium text-slate-800">
          {t("preview")} <span className="font-normal text-slate-600">— {t("previewHint")}</span>
        </figcaption>
        <div tabIndex={0} data-testid={`preview-${name}`} className="mt-1 max-h-96 min-h-32 overflow-y-auto rounded border border-dashed border-slate-400 bg-slate-50 px-4 py-2">
          {html ? (
            <div className="prose-portal" lang={lang} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="py-2 text-sm text-slate-600">{t("previewEmpty")}</p>
          )}
        </div>
        {failed ? <p className="mt-1 text-sm text-amber-900">{t("previewFailed")}</p> : null}
      </figure>
    </div>
  );
}
