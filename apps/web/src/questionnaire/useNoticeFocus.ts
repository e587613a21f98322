import { useEffect, useRef, useState } from 'react';

export type NoticeKind = 'issues' | 'conflict' | 'failure';

/**
 * Moves the focus to a notice once it is rendered, so a screen reader reads it out at once. The tick makes
 * a second request for the same notice move the focus again.
 */
export function useNoticeFocus() {
  const [target, setTarget] = useState<{ which: NoticeKind; tick: number } | null>(null);
  const issuesRef = useRef<HTMLElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!target) return;
    const refs = { issues: issuesRef, conflict: conflictRef, failure: failureRef };
    refs[target.which].current?.focus();
  }, [target]);

  const moveFocusTo = (which: NoticeKind) => {
    setTarget((previous) => ({ which, tick: (previous?.tick ?? 0) + 1 }));
  };
  return { issuesRef, conflictRef, failureRef, moveFocusTo };
}

export type NoticeFocus = ReturnType<typeof useNoticeFocus>;
