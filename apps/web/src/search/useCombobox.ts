import { useState, type KeyboardEvent } from 'react';

/** The suggestion after `current` (or before, step -1), wrapping around; the first or last when none is active. */
export function nextActive(current: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

interface KeyContext {
  shown: boolean;
  move: (step: 1 | -1) => void;
  accept: () => void;
  escape: () => void;
}

/** What a key does in the text box; false for a key the combobox leaves to the browser. */
function handleKey(key: string, ctx: KeyContext): boolean {
  switch (key) {
    case 'ArrowDown':
      ctx.move(1);
      return true;
    case 'ArrowUp':
      ctx.move(-1);
      return true;
    case 'Enter':
      if (!ctx.shown) return false;
      ctx.accept();
      return true;
    case 'Escape':
      ctx.escape();
      return true;
    default:
      return false;
  }
}

/**
 * The keyboard of a combobox with a list of suggestions (WAI-ARIA APG "combobox with listbox popup"):
 * Down and Up open the list and move through it (wrapping), Enter picks the active suggestion (the first
 * when none is), Escape closes the list, and a second Escape clears the text. The focus stays in the box.
 */
export function useCombobox<T>(
  [text, setText]: readonly [string, (text: string) => void],
  options: readonly T[],
  onPick: (option: T) => void,
) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && text.trim() !== '';

  const pick = (option: T) => {
    setText('');
    setOpen(false);
    setActive(-1);
    onPick(option);
  };

  const ctx: KeyContext = {
    shown,
    move: (step) => {
      setOpen(true);
      setActive((current) => nextActive(current, step, options.length));
    },
    accept: () => {
      const option = options[active] ?? options[0];
      if (option !== undefined) pick(option);
    },
    escape: () => {
      if (shown) setOpen(false);
      else setText('');
      setActive(-1);
    },
  };

  return {
    shown,
    active: shown ? active : -1,
    pick,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (handleKey(event.key, ctx)) event.preventDefault();
    },
    onTextChange: (next: string) => {
      setText(next);
      setOpen(true);
      setActive(-1);
    },
    close: () => {
      setOpen(false);
    },
  };
}
