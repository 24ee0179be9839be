import type { ReactNode } from "react";

/**
 * One of several sets of fields, chosen with radio buttons ("a regional
 * structure / an organization already in the portal / a new organization").
 * Every set is rendered on the server and CSS shows the one whose radio is
 * checked (app/globals.css, `[data-choices]`), so the choice works before
 * hydration and without JavaScript. The hidden sets' fields are posted too:
 * the server action reads only the chosen set's (at most five choices).
 */
export function ChoiceFields({
  name,
  legend,
  checked,
  choices,
}: {
  name: string;
  legend: string;
  /** The value checked when the form is rendered (saved, or sent back after a refusal). */
  checked: string;
  choices: { value: string; label: string; fields: ReactNode }[];
}) {
  return (
    <fieldset data-choices className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {choices.map((choice, index) => (
          <label key={choice.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name={name}
              value={choice.value}
              defaultChecked={checked === choice.value}
              data-choice={index}
              className="h-4 w-4 accent-brand-700"
            />
            {choice.label}
          </label>
        ))}
      </div>
      {choices.map((choice, index) => (
        <div key={choice.value} data-choice-fields={index}>
          {choice.fields}
        </div>
      ))}
    </fieldset>
  );
}
