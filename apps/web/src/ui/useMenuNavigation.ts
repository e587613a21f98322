import {
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type RefObject,
  type SetStateAction,
} from 'react';

/** Closes the menu on a pointer press outside `root` while it is open. */
function useCloseOnOutsidePress(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  setActive: Dispatch<SetStateAction<number | null>>,
) {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setActive(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [root, open, setActive]);
}

/**
 * The menu button's keyboard model: which action has the focus (null while the menu is closed), and the
 * key handlers of the button and of the menu.
 */
export function useMenuNavigation(count: number, root: RefObject<HTMLElement | null>) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;
  const last = count - 1;

  useEffect(() => {
    if (active === null) return;
    itemRefs.current[active]?.focus();
  }, [active]);
  useCloseOnOutsidePress(root, open, setActive);

  const close = () => {
    setActive(null);
    buttonRef.current?.focus();
  };
  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? 0 : last);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = active ?? 0;
    const moves: Record<string, number> = {
      ArrowDown: current === last ? 0 : current + 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setActive(null);
  };
  return { active, setActive, open, close, buttonRef, itemRefs, onButtonKeyDown, onMenuKeyDown };
}
