import { describe, expect, it } from 'vitest';
import { asOfPeriod, countsAsOfYear, reportingCycle, type Principal } from '../src/index.js';

const analyst: Principal = { id: 'a', role: 'analyst', country: null };
const admin: Principal = { id: 'd', role: 'admin', country: null };
const viewer: Principal = { id: 'v', role: 'viewer', country: 'FRA' };
const coordinator: Principal = { id: 'c', role: 'coordinator', country: 'KEN' };

describe('reporting cycles', () => {
  it('cut the years into fixed three-year cycles from 2016, before and after', () => {
    expect(reportingCycle(2016)).toEqual({ from: 2016, to: 2018 });
    expect(reportingCycle(2018)).toEqual({ from: 2016, to: 2018 });
    expect(reportingCycle(2019)).toEqual({ from: 2019, to: 2021 });
    expect(reportingCycle(2026)).toEqual({ from: 2025, to: 2027 });
    expect(reportingCycle(2015)).toEqual({ from: 2013, to: 2015 });
    expect(reportingCycle(2012)).toEqual({ from: 2010, to: 2012 });
  });

  it('never overlap: each year is in exactly one cycle, as long as the as-of window', () => {
    for (let year = 1990; year <= 2100; year++) {
      const cycle = reportingCycle(year);
      expect(cycle.from).toBeLessThanOrEqual(year);
      expect(cycle.to).toBeGreaterThanOrEqual(year);
      expect(asOfPeriod(cycle.to)).toEqual(cycle);
      expect(reportingCycle(cycle.from)).toEqual(cycle);
    }
  });

  it('give national users the end of the cycle as the as-of year; analysts and admins the year asked for', () => {
    expect(countsAsOfYear(viewer, 2022)).toBe(2024);
    expect(countsAsOfYear(coordinator, 2021)).toBe(2021);
    expect(countsAsOfYear(coordinator, 2025)).toBe(2027);
    expect(countsAsOfYear(analyst, 2022)).toBe(2022);
    expect(countsAsOfYear(admin, 2023)).toBe(2023);
    expect(asOfPeriod(2022)).toEqual({ from: 2020, to: 2022 });
  });
});
