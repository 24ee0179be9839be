"use client";

/** A file input for an image, with the current one shown and a way to remove it. */
export function ImageField({
  name,
  label,
  hint,
  errors,
  currentUrl,
  currentLabel,
  removeName,
  removeLabel,
}: {
  name: string;
  label: string;
  hint: string;
  errors?: string[];
  currentUrl: string | null;
  currentLabel: string;
  removeName: string;
  removeLabel: string;
}) {
  const id = `field-${name}`;
  return (
    <div className="space-y-3">
      {currentUrl ? (
        <figure className="flex flex-wrap items-center gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our image route, sizes unknown */}
          <img
            src={currentUrl}
            alt=""
            className="h-24 w-auto max-w-48 rounded border border-slate-200 bg-white object-contain p-1"
          />
          <figcaption className="space-y-2 text-sm text-slate-700">
            <span className="block">{currentLabel}</span>
            <span className="flex items-center gap-2">
              <input id={`field-${removeName}`} type="checkbox" name={removeName} className="size-4 accent-brand-700" />
              <label htmlFor={`field-${removeName}`}>{removeLabel}</label>
            </span>
          </figcaption>
        </figure>
      ) : null}
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          id={id}
          name={name}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          className="mt-1 block w-full text-sm text-slate-800 file:me-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-100"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
        <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
          {errors?.join(" ")}
        </p>
      </div>
    </div>
  );
}
