import type { ReactNode } from "react";

/**
 * The body of a record's editor under its header: the "created" notice after
 * a create (the server opens the new record with ?created=1), then the form,
 * with the publishing panel beside it on wide screens and above it on narrow ones.
 */
export function EditorBody({
  created,
  aside,
  children,
}: {
  created?: string | null;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {created ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          {created}
        </p>
      ) : null}
      {aside ? (
        <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <aside className="xl:sticky xl:top-4 xl:order-2 xl:self-start">{aside}</aside>
          <div className="min-w-0 xl:order-1">{children}</div>
        </div>
      ) : (
        children
      )}
    </>
  );
}
