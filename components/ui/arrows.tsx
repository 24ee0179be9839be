// The arrows of "back" and "previous" / "next" links, pointing the way the
// page reads: a left-to-right page shows the first, a right-to-left one the
// second. Hidden from screen readers (the link's text says where it goes).

/** The arrow before a "back" or "previous" link's text. */
export function BackArrow() {
  return (
    <>
      <span aria-hidden="true" className="rtl:hidden">
        ←{" "}
      </span>
      <span aria-hidden="true" className="hidden rtl:inline">
        →{" "}
      </span>
    </>
  );
}

/** The arrow after a "next" link's text. */
export function ForwardArrow() {
  return (
    <>
      <span aria-hidden="true" className="rtl:hidden">
        {" "}
        →
      </span>
      <span aria-hidden="true" className="hidden rtl:inline">
        {" "}
        ←
      </span>
    </>
  );
}
