import { itemAnchorId } from './sections';

/** Brings an item into view and focuses its first control, so the reader can answer it at once. */
export function focusItem(code: string): boolean {
  const block = document.getElementById(itemAnchorId(code));
  if (!block) return false;
  const control = block.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), select');
  block.scrollIntoView({ block: 'center' });
  (control ?? block).focus({ preventScroll: true });
  return true;
}
