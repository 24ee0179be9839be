// The free-text field of a staff list's filters (GET form, name "q"): one
// label and one search input, the same on every list.

const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

export function SearchFilterField({
  label,
  value,
  className,
}: {
  label: string;
  value: string | undefined;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor="filter-q" className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id="filter-q" name="q" type="search" defaultValue={value ?? ""} maxLength={100} className={control} />
    </div>
  );
}
