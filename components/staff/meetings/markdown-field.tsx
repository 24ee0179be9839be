"use client";

import { useEffect, useRef, useState } from "react";
import { previewMeetingMarkdownAction } from "@/lib/actions/meetings";
import { TextAreaField } from "@/components/ui/form-fields";

/**
 * A Markdown textarea with a live preview beside it. The preview is rendered
 * on the server by the same sanitizer as the public page, so what staff see
 * is exactly what visitors will get (a script tag shows as nothing).
 */
export function MarkdownField({
  name,
  label,
  hint,
  previewLabel,
  defaultValue,
  initialHtml,
  errors,
  lang,
}: {
  name: string;
  label: string;
  hint: string;
  previewLabel: string;
  defaultValue: string;
  initialHtml: string;
  errors?: string[];
  lang: string;
}) {
  const [html, setHtml] = useState(initialHtml);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function schedule(source: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const request = ++latest.current;
      const result = await previewMeetingMarkdownAction(source);
      // Only the newest answer counts: slow replies must not overwrite newer text.
      if (request === latest.current && result?.ok && typeof result.data === "string") setHtml(result.data);
    }, 400);
  }

  const previewId = `${name}-preview`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        name={name}
        label={label}
        hint={hint}
        errors={errors}
        rows={14}
        lang={lang}
        dir="auto"
        defaultValue={defaultValue}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-red-700"
        onChange={(event) => schedule(event.currentTarget.value)}
      />
      <div className="min-w-0">
        <p id={`${previewId}-label`} className="text-sm font-medium text-slate-800">
          {previewLabel}
        </p>
        <div
          id={previewId}
          role="region"
          aria-labelledby={`${previewId}-label`}
          className="prose-portal mt-1 max-h-96 min-h-32 overflow-y-auto rounded border border-dashed border-slate-400 bg-slate-50 px-4 py-2 text-sm"
          lang={lang}
          dir="auto"
          tabIndex={0}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </div>
    </div>
  );
}
