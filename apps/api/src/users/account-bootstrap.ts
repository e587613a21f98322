import { CreateUserRequestSchema } from '@cpc/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from '../auth/auth-options.js';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { UserRepository } from './user.repository.js';

@Injectable()
export class AccountBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly users: UserRepository,
  ) {}

  async run(): Promise<void> {
    await this.ensureFirstAdmin();
    if (this.options.demoUsers) await this.ensureDemoAccounts();
  }

  /** ADMIN_EMAIL / ADMIN_PASSWORD create the first admin, only while no enabled admin exists. */
  private async ensureFirstAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.options;
    if (!adminEmail || !adminPassword || (await this.users.countEnabledAdmins()) > 0) return;
    const parsed = CreateUserRequestSchema.safeParse({ email: adminEmail, password: adminPassword, role: 'admin' });
    if (!parsed.success)
      throw new Error(`ADMIN_EMAIL/ADMIN_PASSWORD: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    if (await this.users.emailTaken(parsed.data.email))
      throw new Error(`ADMIN_EMAIL: ${parsed.data.email} exists but is not an enabled admin`);
    await this.users.insertUser({
      email: parsed.data.email,
      passwordHash: await hashPassword(adminPassword),
      role: 'admin',
      country: null,
    });
    this.logger.log(`Created the first admin, ${parsed.data.email}`);
  }

  private async ensureDemoAccounts(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      if (await this.users.emailTaken(account.email)) continue;
      await this.users.insertUser({ ...account, passwordHash: await hashPassword(account.password) });
    }
    this.logger.log('Demo accounts (demo mode only):');
    for (const a of DEMO_ACCOUNTS)
      this.logger.log(`  ${a.role.padEnd(11)} ${a.email} / ${a.password}${a.country ? ` (${a.country})` : ''}`);
  }
}
