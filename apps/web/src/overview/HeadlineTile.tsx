import type { ReactNode } from 'react';
import { InfoTip } from '../ui/InfoTip';

interface HeadlineTileProps {
  label: string;
  definition: string;
  value: ReactNode;
  detail?: ReactNode;
  testId: string;
}

/** One headline figure: what it is (with its definition), the figure, and what it rests on. */
export function HeadlineTile({ label, definition, value, detail, testId }: HeadlineTileProps) {
  return (
    <div className="headline-tile" data-testid={testId}>
      <dt>
        {label} <InfoTip label={label}>{definition}</InfoTip>
      </dt>
      <dd className="headline-value">{value}</dd>
      {detail && <dd className="headline-detail">{detail}</dd>}
    </div>
  );
}
