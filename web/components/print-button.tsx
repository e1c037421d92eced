'use client';

/** Opens the browser's print dialog; the print stylesheet leaves out navigation and controls. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
