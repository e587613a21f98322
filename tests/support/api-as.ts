/**
 * Reads the API as a given account (the harness signs in as its admin only): what a national user is
 * sent differs, since small cells are withheld from them.
 */
import type { AppProcess } from './app-process.js';

export interface DemoUser {
  email: string;
  password: string;
  role: string;
  country: string | null;
}

/** The demo accounts the API lists in demo mode, with their passwords. */
export async function demoUsers(app: AppProcess): Promise<DemoUser[]> {
  const res = await app.fetch('/api/auth/config');
  return ((await res.json()) as { demoUsers: DemoUser[] }).demoUsers;
}

export async function demoUser(app: AppProcess, match: (u: DemoUser) => boolean): Promise<DemoUser> {
  const user = (await demoUsers(app)).find(match);
  if (!user) throw new Error('no such demo account');
  return user;
}

/** A GET as `user`, failing with the status and body unless it is a 200. */
export async function apiAs(app: AppProcess, user: DemoUser): Promise<<T>(path: string) => Promise<T>> {
  const login = await app.fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (login.status !== 200) throw new Error(`signing in as ${user.email} answered ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async <T>(path: string): Promise<T> => {
    const res = await app.fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} as ${user.email} answered ${res.status}: ${body}`);
    return JSON.parse(body) as T;
  };
}

/** An index as the English pages print it: one decimal. */
export const indexText = (value: number) =>
  new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** The nine dimensions, in the instrument's order. */
export const DIMENSIONS = [
  'governance',
  'information_exchange',
  'risk_targeting',
  'joint_controls',
  'enforcement_powers',
  'investigations',
  'resource_sharing',
  'liaison',
  'training',
] as const;

/** The parts of the analytics answers these tests compare with the page. */
export interface MaturityRow {
  region: string;
  year: number;
  members: number;
  /** null when withheld from a national user. */
  assessed: number | null;
  mean: number | null;
  dimensions: Record<string, number | null> | null;
  suppressed: boolean;
}

export interface LevelsRow {
  region: string;
  year: number;
  members: number;
  /** null when withheld from a national user. */
  assessed: number | null;
  levels: Record<string, number> | null;
  notAssessed: number | null;
  suppressed: boolean;
}
