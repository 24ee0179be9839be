"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { previewMarkdownAction } from "@/lib/actions/markdown";
import { TextAreaField } from "@/components/ui/form-fields";

/**
 * The one Markdown field of the staff forms: a text area with a live preview
 * beside it. The preview is the HTML the public page renders — made and
 * sanitized on the server by the same function (previewMarkdownAction) — so
 * what staff see is what visitors get, and a <script> never runs. Without
 * JavaScript the preview shows the saved text.
 */
export function MarkdownField({
  name,
  label,
  hint,
  defaultValue,
  errors,
  initialHtml,
  lang,
  dir,
  rows = 12,
  id,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  errors?: string[];
  initialHtml: string;
  lang: string;
  dir: "ltr" | "rtl";
  rows?: number;
  id?: string;
}) {
  const t = useTranslations("StaffEditor");
  const [html, setHtml] = useState(initialHtml);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function schedule(source: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const request = ++latest.current;
      const data = new FormData();
      data.set("source", source);
      try {
        const result = await previewMarkdownAction(null, data);
        // Only the newest answer counts: a slow reply must not replace the preview of newer text.
        if (request !== latest.current) return;
        if (result?.ok && result.data) {
          setHtml(result.data.html);
          setFailed(false);
        } else setFailed(true);
      } catch {
        if (request === latest.current) setFailed(true);
      }
    }, 350);
  }

  const previewId = `${id ?? `field-${name}`}-preview`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        id={id}
        name={name}
        label={label}
        hint={hint ?? t("markdownHint")}
        errors={errors}
        defaultValue={defaultValue}
        onChange={(event) => schedule(event.currentTarget.value)}
        rows={rows}
        lang={lang}
        dir={dir}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-red-700"
      />
      <div className="min-w-0">
        <p id={`${previewId}-label`} className="text-sm font-medium text-slate-800">
          {t("preview")} <span className="font-normal text-slate-600">— {t("previewHint")}</span>
        </p>
        <div
          id={previewId}
          role="region"
          aria-labelledby={`${previewId}-label`}
          tabIndex={0}
          data-testid={`preview-${name}`}
          className="mt-1 max-h-96 min-h-32 overflow-y-auto rounded border border-dashed border-slate-400 bg-slate-50 px-4 py-2"
        >
          {html ? (
            <div className="prose-portal text-sm" lang={lang} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="py-2 text-sm text-slate-600">{t("previewEmpty")}</p>
          )}
        </div>
        {failed ? <p className="mt-1 text-sm text-amber-900">{t("previewFailed")}</p> : null}
      </div>
    </div>
  );
}
