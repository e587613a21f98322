import type { MouseEvent } from 'react';

/** A left click without modifier keys: the only click a link handles in place; others open tabs or windows. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
