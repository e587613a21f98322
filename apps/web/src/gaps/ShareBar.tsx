import type { Cell } from '../analytics/cells';
import { CellText } from '../ui/CellText';

/** A 0–100 % bar with its share printed beside it; withheld and not assessed say so instead of drawing. */
export function ShareBar({ cell, detail }: { cell: Cell; detail?: string }) {
  return (
    <span className="share-bar">
      <span className="share-bar-track" aria-hidden="true">
        {cell.state === 'value' && (
          <span className="share-bar-fill" style={{ width: `${Math.min(100, cell.value * 100)}%` }} />
        )}
      </span>
      <span className="share-bar-value">
        <CellText cell={cell} as="percent" />
        {detail && <span className="share-bar-detail"> {detail}</span>}
      </span>
    </span>
  );
}
