import { CONTINUUM_LEVELS, type ContinuumLevel } from '@cpc/domain';

export function continuumLevel(level: number): ContinuumLevel | undefined {
  return CONTINUUM_LEVELS.find((l) => l.level === level);
}
