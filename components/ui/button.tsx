import type { ButtonHTMLAttributes } from "react";

const variants = {
  /** The one main action of a form or page. */
  primary: "border border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
  /** A second action beside it (outlined in the brand colour). */
  secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  /** A neutral row action: move, edit, rename. */
  plain: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
  /** The way into something destructive (outlined in red). */
  danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50",
  /** The confirmation of something destructive. */
  dangerSolid: "border border-red-700 bg-red-700 text-white hover:bg-red-800",
  /** Looks like a link: no box. */
  link: "font-medium text-brand-800 underline hover:text-brand-900",
} as const;

const sizes = {
  sm: "px-3 py-1.5 text-sm font-medium",
  md: "px-4 py-2 text-sm font-semibold",
  lg: "px-4 py-2 font-semibold",
  xl: "px-5 py-2.5 font-semibold",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

/**
 * The class of a button, for a <button> or for a link that looks like one
 * (`<Link className={buttonClass("primary")}>`). `extra` adds layout (width,
 * margin), never colours.
 */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra = ""): string {
  const box = variant === "link" ? "" : `inline-block rounded ${sizes[size]} `;
  return `${box}${variants[variant]} disabled:cursor-not-allowed disabled:opacity-60 ${extra}`.trim();
}

/** A <button> in the house style; `type` defaults to "submit" as a button inside a form does. */
export function Button({
  variant = "primary",
  size = "md",
  className = "",
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}
