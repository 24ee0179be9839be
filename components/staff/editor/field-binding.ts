"use client";

import { startTransition, type Dispatch, type FormEvent, type SetStateAction } from "react";

type Values = Record<string, string>;

/** Controlled-field props for a form whose values live in one state object (so typed text survives errors). */
export function fieldBinder(values: Values, setValues: Dispatch<SetStateAction<Values>>, errors: Record<string, string[]>) {
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const bind = (name: string) => ({ name, value: values[name] ?? "", onChange: (e: { target: { value: string } }) => set(name)(e.target.value), errors: errors[name] });
  return { set, bind };
}

/** Submits the form's current data to a useActionState action inside a transition (no automatic form reset). */
export function submitTo(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
