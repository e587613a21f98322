import type { Role } from '@cpc/domain';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  country: string | null;
}

/** One account per role, and coordinators of a few countries. Demo mode only; printed at start. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.example.org', password: 'demo-admin-pass', role: 'admin', country: null },
  { email: 'analyst@demo.example.org', password: 'demo-analyst-pass', role: 'analyst', country: null },
  { email: 'coordinator.fra@demo.example.org', password: 'demo-coordinator-pass', role: 'coordinator', country: 'FRA' },
  { email: 'coordinator.ken@demo.example.org', password: 'demo-coordinator-pass', role: 'coordinator', country: 'KEN' },
  { email: 'coordinator.bra@demo.example.org', password: 'demo-coordinator-pass', role: 'coordinator', country: 'BRA' },
  { email: 'viewer.fra@demo.example.org', password: 'demo-viewer-pass', role: 'viewer', country: 'FRA' },
];
