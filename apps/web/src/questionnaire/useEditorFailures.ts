import { useState } from 'react';
import { versionConflictOf } from '../api/errorBodies';
import type { NoticeKind } from './useNoticeFocus';

export interface VersionConflict {
  currentVersion: number;
  /** Whether the notice is shown: the reader may close it and keep editing. */
  open: boolean;
}

/** What went wrong with the last save or submission: someone else's newer version, or any other error. */
export function useEditorFailures(moveFocusTo: (which: NoticeKind) => void) {
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function fail(error: unknown) {
    const versionConflict = versionConflictOf(error);
    if (versionConflict) {
      setConflict({ currentVersion: versionConflict.currentVersion, open: true });
      moveFocusTo('conflict');
      return;
    }
    setFailure(error instanceof Error ? error.message : String(error));
    moveFocusTo('failure');
  }

  return { conflict, setConflict, failure, setFailure, fail };
}

export type EditorFailures = ReturnType<typeof useEditorFailures>;
