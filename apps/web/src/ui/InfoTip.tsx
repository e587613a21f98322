import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../i18n/useI18n';

interface InfoTipProps {
  /** What the tip defines, for the button's name: "Definition: <label>". */
  label: string;
  children: string;
}

/**
 * Whether the tip shows: while pinned by a click, hovered or focused. Escape hides it whatever opened it;
 * a press outside unpins it.
 */
function useInfoTipState(rootRef: RefObject<HTMLSpanElement | null>) {
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const open = pinned || hovered || focused;

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setPinned(false);
      setHovered(false);
      setFocused(false);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setPinned(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, rootRef]);
  return { open, pinned, setPinned, setHovered, setFocused };
}

/**
 * A definition behind an "i" button: shown on hover, on focus and on click, hidden with Escape. The
 * text is the button's description, so a screen reader reads it with the button.
 */
export function InfoTip({ label, children }: InfoTipProps) {
  const { t } = useI18n();
  const tipId = useId();
  const rootRef = useRef<HTMLSpanElement>(null);
  const { open, pinned, setPinned, setHovered, setFocused } = useInfoTipState(rootRef);

  return (
    <span
      className="info-tip"
      ref={rootRef}
      onMouseEnter={() => {
        setHovered(true);
      }}
      onMouseLeave={() => {
        setHovered(false);
      }}
    >
      <button
        type="button"
        className="info-tip-button"
        aria-label={t('definitionOf', { label })}
        aria-describedby={tipId}
        aria-expanded={open}
        onClick={() => {
          setPinned(!pinned);
        }}
        onFocus={() => {
          setFocused(true);
        }}
        onBlur={() => {
          setFocused(false);
        }}
      >
        i
      </button>
      <span id={tipId} role="tooltip" className="info-tip-text" hidden={!open}>
        {children}
      </span>
    </span>
  );
}
