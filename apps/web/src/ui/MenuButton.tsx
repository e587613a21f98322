import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useMenuNavigation } from './useMenuNavigation';

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
  const nav = useMenuNavigation(actions.length, rootRef);
  const { active, setActive, open, close, buttonRef, itemRefs } = nav;

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
        onKeyDown={nav.onButtonKeyDown}
      >
        {children}
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="menu-button-menu"
          onKeyDown={nav.onMenuKeyDown}
        >
          <MenuItems actions={actions} active={active} itemRefs={itemRefs} close={close} />
        </ul>
      )}
    </div>
  );
}

interface MenuItemsProps {
  actions: readonly MenuAction[];
  active: number | null;
  itemRefs: RefObject<(HTMLButtonElement | null)[]>;
  close: () => void;
}

/** The actions, only the focused one in the tab order; choosing one closes the menu first. */
function MenuItems({ actions, active, itemRefs, close }: MenuItemsProps) {
  return (
    <>
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
    </>
  );
}
