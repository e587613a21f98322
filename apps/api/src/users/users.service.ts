import type { CreateUserRequest, UpdateUserRequest, UserResponse, UsersResponse } from '@cpc/domain';
import { roleNeedsCountry } from '@cpc/domain';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { hashPassword } from '../auth/passwords.js';
import { invalidField } from '../common/field-errors.js';
import { SessionRepository } from '../auth/session.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { UserRepository, type UserChanges } from './user.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly references: ReferenceService,
  ) {}

  async list(): Promise<UsersResponse> {
    return { users: await this.users.findUsers() };
  }

  async get(id: string): Promise<UserResponse> {
    const user = await this.users.findUser(id);
    if (!user)
      throw new NotFoundException({ statusCode: 404, code: 'user_not_found', message: `user ${id} not found` });
    return user;
  }

  async create(request: CreateUserRequest): Promise<UserResponse> {
    const country = roleNeedsCountry(request.role) ? (request.country ?? null) : null;
    await this.checkCountry(country);
    if (await this.users.emailTaken(request.email)) throw emailConflict(request.email);
    return this.users.insertUser({
      email: request.email,
      role: request.role,
      country,
      passwordHash: await hashPassword(request.password),
    });
  }

  async update(id: string, request: UpdateUserRequest): Promise<UserResponse> {
    const current = await this.get(id);
    const role = request.role ?? current.role;
    const country = roleNeedsCountry(role) ? (request.country === undefined ? current.country : request.country) : null;
    if (roleNeedsCountry(role) && !country) {
      throw invalidField('country', 'country is required for coordinators and viewers', 'required');
    }
    await this.checkCountry(country);
    if (request.email && (await this.users.emailTaken(request.email, id))) throw emailConflict(request.email);
    const changes: UserChanges = { role, country, disabled: request.disabled, email: request.email };
    if (request.password) changes.passwordHash = await hashPassword(request.password);
    const updated = await this.users.updateUser(id, changes);
    // A disabled user, or one whose password or rights changed, must sign in again.
    if (request.disabled === true || request.password || request.role || request.country !== undefined)
      await this.sessions.revokeUserSessions(id);
    return updated ?? current;
  }

  private async checkCountry(country: string | null): Promise<void> {
    if (country === null) return;
    if (!(await this.references.country(country))) {
      throw invalidField('country', `unknown country ${country}`, 'unknown_country', { value: country });
    }
  }
}

function emailConflict(email: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'email_taken',
    params: { email },
    message: `email: ${email} is already used`,
  });
}
