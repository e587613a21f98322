import type { ActionStatus } from './types';

/** A colour per status (Okabe–Ito), the same in the bars, the key and the dashboard's stacks. */
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  planned: '#56B4E9',
  in_progress: '#0072B2',
  done: '#009E73',
  dropped: '#999999',
};
