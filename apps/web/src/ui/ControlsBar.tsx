import type { ReactNode } from 'react';

/** A row of view controls. Changing one updates the address at once: there is nothing to submit. */
export function ControlsBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form
      className="maturity-controls"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      {children}
    </form>
  );
}
