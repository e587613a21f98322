import {
  METHODOLOGY_VERSION_TEXTS,
  METHODOLOGY_VERSIONS,
  type AdoptMethodologyRequest,
  type MethodologyResponse,
  type MethodologyVersion,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal.js';
import { Transactions } from '../db/transactions/transactions.js';
import { DecisionInForce } from './decision-in-force.js';
import { MethodologyRepository, type MethodologyDecision } from './methodology.repository.js';

/** The methodology versions, and the default one an admin adopts (docs/methodology.md). */
@Injectable()
export class MethodologyService {
  constructor(
    private readonly transactions: Transactions,
    private readonly decisions: MethodologyRepository,
    private readonly inForce: DecisionInForce,
  ) {}

  /**
   * The version figures use when a request names none. Inside a transaction, pass its manager: it is read there
   * (a second pool connection per waiting transaction would exhaust the pool under concurrent writes).
   */
  async defaultVersion(manager?: EntityManager): Promise<MethodologyVersion> {
    return (await (manager ? this.decisions.findDecisionInForce(manager) : this.inForce.get())).version;
  }

  /** The query with its methodology: the one it names, else the default. */
  async withVersion<Q extends { methodology?: MethodologyVersion }>(
    query: Q,
  ): Promise<Q & { methodology: MethodologyVersion }> {
    return { ...query, methodology: query.methodology ?? (await this.defaultVersion()) };
  }

  async describe(): Promise<MethodologyResponse> {
    const [decision, notScored] = await Promise.all([
      this.decisions.findDecisionInForce(),
      this.decisions.findVersionsNotScored(METHODOLOGY_VERSIONS),
    ]);
    return responseOf(decision, notScored);
  }

  /** Adopts a version as the default, recorded with the admin and the reason (the request is audited too). */
  async adopt(user: AuthenticatedUser, request: AdoptMethodologyRequest): Promise<MethodologyResponse> {
    await this.transactions.run((tx) =>
      this.decisions.insertDecision(tx, { version: request.version, reason: request.reason, userId: user.id }),
    );
    return this.describe();
  }
}

function responseOf(decision: MethodologyDecision, notScored: Set<string>): MethodologyResponse {
  return {
    versions: METHODOLOGY_VERSIONS.map((version) => ({
      version,
      ...METHODOLOGY_VERSION_TEXTS[version],
      scored: !notScored.has(version),
    })),
    default: decision.version,
    adoptedAt: decision.adoptedAt?.toISOString() ?? null,
    adoptedBy: decision.adoptedBy,
    reason: decision.reason,
  };
}
