import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuAction {
  key: string;
  label: string;
  onSelect: () => void;
}

interface MenuButtonProps {
  /** What the button shows. */
  children: ReactNode;
  actions: readonly MenuAction[];
  className?: string;
  testId?: string;
}

/**
 * A button that opens a menu of actions (the WAI-ARIA menu button): Enter, Space or the down arrow open it
 * on the first action, the up arrow on the last; the arrows, Home and End move between actions; Escape
 * closes it and gives the focus back to the button; Tab or a click elsewhere closes it.
 */
export function MenuButton({ children, actions, className, testId }: MenuButtonProps) {
  const buttonId = useId();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  /** The action that has the focus while the menu is open; null while it is closed. */
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;

  useEffect(() => {
    if (active === null) return;
    itemRefs.current[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setActive(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const close = () => {
    setActive(null);
    buttonRef.current?.focus();
  };
  const last = actions.length - 1;

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
    } else if (event.key === 'Tab') {
      setActive(null);
    }
  };

  return (
    <div className={className ? `menu-button ${className}` : 'menu-button'} ref={rootRef} data-testid={testId}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button-secondary button-small menu-button-toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setActive(open ? null : 0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-labelledby={buttonId} className="menu-button-menu" onKeyDown={onMenuKeyDown}>
          {actions.map((action, i) => (
            <li key={action.key} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[i] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                onClick={() => {
                  close();
                  action.onSelect();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
