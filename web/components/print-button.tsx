'use client';

/** Opens the browser's print dialog; the print stylesheet leaves out navigation and controls. */
export function PrintButton({ label, className = 'button button-secondary' }: { label: string; className?: string }) {
  return (
    <button type="button" className={`${className} no-print`} onClick={() => window.print()}>
      {label}
    </button>
  );
}
