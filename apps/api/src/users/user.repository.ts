import type { Role, UserResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../db/entities/index.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  country: string | null;
}

export type UserChanges = Partial<NewUser & { disabled: boolean }>;

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  /** With the password hash: for login only. */
  findCredentialsByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  async findUsers(): Promise<UserResponse[]> {
    return (await this.users.find({ order: { email: 'ASC' } })).map(toUser);
  }

  async findUser(id: string): Promise<UserResponse | null> {
    const user = await this.users.findOneBy({ id });
    return user ? toUser(user) : null;
  }

  async emailTaken(email: string, exceptId?: string): Promise<boolean> {
    const user = await this.users.findOneBy({ email });
    return user !== null && user.id !== exceptId;
  }

  async countEnabledAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin', disabled: false });
  }

  async insertUser(user: NewUser): Promise<UserResponse> {
    const saved = await this.users.save(
      this.users.create({
        email: user.email,
        passwordHash: user.passwordHash,
        role: user.role,
        countryIso3: user.country,
      }),
    );
    return toUser(saved);
  }

  async updateUser(id: string, changes: UserChanges): Promise<UserResponse | null> {
    const user = await this.users.findOneBy({ id });
    if (!user) return null;
    if (changes.email !== undefined) user.email = changes.email;
    if (changes.passwordHash !== undefined) user.passwordHash = changes.passwordHash;
    if (changes.role !== undefined) user.role = changes.role;
    if (changes.country !== undefined) user.countryIso3 = changes.country;
    if (changes.disabled !== undefined) user.disabled = changes.disabled;
    return toUser(await this.users.save(user));
  }
}

export function toUser(entity: UserEntity): UserResponse {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role,
    country: entity.countryIso3,
    disabled: entity.disabled,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
