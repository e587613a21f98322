import { useMemo } from 'react';
import type { Instrument } from '@cpc/domain';
import { groupByKind, isoToday } from './instrumentGroups';
import { InstrumentKindSection } from './InstrumentKindSection';

interface InstrumentRegisterProps {
  instruments: readonly Instrument[];
  country: string;
  canManage: boolean;
  onNotice: (notice: string | null) => void;
}

/** The register, one section per kind in the handbook's order. */
export function InstrumentRegister({ instruments, country, canManage, onNotice }: InstrumentRegisterProps) {
  const groups = useMemo(() => groupByKind(instruments), [instruments]);
  const today = isoToday();
  return (
    <div className="instrument-register" data-testid="instrument-register">
      {groups.map((group) => (
        <InstrumentKindSection
          key={group.kind}
          kind={group.kind}
          instruments={group.instruments}
          country={country}
          canManage={canManage}
          today={today}
          onNotice={onNotice}
        />
      ))}
    </div>
  );
}
