import { describe, expect, it } from 'vitest';
import { canonicalResultContent, roundQuantity, type ResultContent } from '../src/index.js';

/** Senegal's result in AIRCOP-2024-01, as the API might receive it. */
const DAKAR: ResultContent = {
  unitType: 'airport_task_force',
  unitName: 'CAAT Dakar',
  arrests: 5,
  investigationsOpened: 3,
  controlledDeliveries: 1,
  personsChecked: 1200,
  databaseChecks: [
    { database: 'sltd', queries: 800, hits: 4 },
    { database: 'nominal', queries: 650, hits: 2 },
  ],
  seizures: [
    { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
    { commodity: 'currency', cases: 1, quantity: 25000, unit: 'usd' },
    { commodity: 'currency', cases: 2, quantity: 14000.5, unit: 'eur' },
  ],
};

/** The same figures as a re-imported file might list them: every list in another order. */
const DAKAR_REORDERED: ResultContent = {
  ...DAKAR,
  databaseChecks: [
    { database: 'nominal', queries: 650, hits: 2 },
    { database: 'sltd', queries: 800, hits: 4 },
  ],
  seizures: [
    { commodity: 'currency', cases: 2, quantity: 14000.5, unit: 'eur' },
    { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
    { commodity: 'currency', cases: 1, quantity: 25000, unit: 'usd' },
  ],
};

describe('the canonical text of a result', () => {
  it('is the same whatever the order of the checks and seizures', () => {
    expect(canonicalResultContent(DAKAR_REORDERED)).toBe(canonicalResultContent(DAKAR));
  });

  it('is the same for quantities equal to three decimals', () => {
    const seizures = DAKAR.seizures.map((s) => (s.commodity === 'cocaine' ? { ...s, quantity: 12.5001 } : s));
    expect(canonicalResultContent({ ...DAKAR, seizures })).toBe(canonicalResultContent(DAKAR));
  });

  const changes: [string, ResultContent][] = [
    ['the unit type', { ...DAKAR, unitType: 'joint_team' }],
    ['the unit name', { ...DAKAR, unitName: 'CAAT Dakar-Blaise Diagne' }],
    ['the unit name removed', { ...DAKAR, unitName: null }],
    ['arrests', { ...DAKAR, arrests: 6 }],
    ['investigations opened', { ...DAKAR, investigationsOpened: 2 }],
    ['controlled deliveries', { ...DAKAR, controlledDeliveries: 0 }],
    ['persons checked', { ...DAKAR, personsChecked: 1201 }],
    [
      'the queries of one database',
      { ...DAKAR, databaseChecks: [{ database: 'sltd', queries: 801, hits: 4 }, DAKAR.databaseChecks[1]!] },
    ],
    [
      'the hits of one database',
      { ...DAKAR, databaseChecks: [DAKAR.databaseChecks[0]!, { database: 'nominal', queries: 650, hits: 3 }] },
    ],
    [
      'which database was queried',
      { ...DAKAR, databaseChecks: [{ database: 'smv', queries: 800, hits: 4 }, DAKAR.databaseChecks[1]!] },
    ],
    ['a database check dropped', { ...DAKAR, databaseChecks: [DAKAR.databaseChecks[0]!] }],
    [
      'the cases of a seizure',
      { ...DAKAR, seizures: [{ ...DAKAR.seizures[0]!, cases: 4 }, DAKAR.seizures[1]!, DAKAR.seizures[2]!] },
    ],
    [
      'a quantity, by one gram',
      { ...DAKAR, seizures: [{ ...DAKAR.seizures[0]!, quantity: 12.501 }, DAKAR.seizures[1]!, DAKAR.seizures[2]!] },
    ],
    [
      'the unit of a seizure',
      { ...DAKAR, seizures: [DAKAR.seizures[0]!, DAKAR.seizures[1]!, { ...DAKAR.seizures[2]!, unit: 'usd' }] },
    ],
    [
      'the commodity of a seizure',
      { ...DAKAR, seizures: [{ ...DAKAR.seizures[0]!, commodity: 'heroin' }, DAKAR.seizures[1]!, DAKAR.seizures[2]!] },
    ],
    ['a seizure dropped', { ...DAKAR, seizures: [DAKAR.seizures[0]!, DAKAR.seizures[1]!] }],
  ];

  it.each(changes)('differs when %s changes', (_, changed) => {
    expect(canonicalResultContent(changed)).not.toBe(canonicalResultContent(DAKAR));
  });
});

describe('rounding a quantity', () => {
  it('keeps three decimals', () => {
    expect(roundQuantity(12.34567)).toBe(12.346);
    expect(roundQuantity(1234.5678)).toBe(1234.568);
    expect(roundQuantity(2.0006)).toBe(2.001);
    expect(roundQuantity(0.0004)).toBe(0);
  });

  it('leaves quantities with three decimals or fewer as they are', () => {
    expect(roundQuantity(7)).toBe(7);
    expect(roundQuantity(14000.5)).toBe(14000.5);
    expect(roundQuantity(0.125)).toBe(0.125);
    expect(roundQuantity(0)).toBe(0);
  });
});
