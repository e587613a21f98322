import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { FeedMemory } from '../changes/feed-memory.js';
import type { AuthenticatedUser } from './principal.js';
import { SessionRepository } from './session.repository.js';

const MAX_ENTRIES = 10_000;
/** A bound on any missed notification: an entry is read again from the database after a minute. */
const MAX_AGE_MS = 60_000;

interface CachedSession {
  user: AuthenticatedUser;
  expiresAt: number;
  storedAt: number;
}

/**
 * Signed-in sessions by token hash, kept in memory while the change feed is trustworthy. Any change to a
 * session or an account (sign-out, revocation, disabled user, new role) empties it, on every instance.
 */
@Injectable()
export class ActiveSessions {
  private readonly entries = new Map<string, CachedSession>();
  private readonly memory: FeedMemory;

  constructor(
    feed: ChangeFeed,
    private readonly sessions: SessionRepository,
  ) {
    this.memory = new FeedMemory(
      feed,
      (event) => event.kind !== 'data',
      () => {
        this.entries.clear();
      },
    );
  }

  async findUser(tokenHash: string): Promise<AuthenticatedUser | null> {
    const now = Date.now();
    const hit = this.entries.get(tokenHash);
    if (hit && this.memory.servable() && hit.expiresAt > now && now - hit.storedAt < MAX_AGE_MS) return hit.user;
    const session = await this.memory.readThrough(
      () => this.sessions.findActiveSession(tokenHash),
      (found) => {
        if (found) this.store(tokenHash, found.user, found.expiresAt.getTime());
      },
    );
    return session?.user ?? null;
  }

  private store(tokenHash: string, user: AuthenticatedUser, expiresAt: number): void {
    this.entries.delete(tokenHash);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(tokenHash, { user, expiresAt, storedAt: Date.now() });
  }
}
