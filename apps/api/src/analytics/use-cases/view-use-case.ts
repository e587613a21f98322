import type { MethodologyVersion, Principal } from '@cpc/domain';

/**
 * What answers an analytics view: the figures for one query, as this reader may see them. Every
 * implementation checks the query (assertPublishedQuery), reads through the AnalyticsCache and derives the
 * reader's view with the domain's `*ForReader` policy.
 */
export interface ViewUseCase<Query, Response> {
  execute(principal: Principal, query: Versioned<Query>): Promise<Response>;
}

/** A query with its methodology resolved: the version it named, else the default an admin adopted. */
export type Versioned<Query> = Query & { methodology: MethodologyVersion };

/** An exact answer, with what protecting each of its cells for national users needs (aligned). */
export interface Protectable<Exact, Noise> {
  exact: Exact;
  noise: Noise[];
}

/** An exact answer with country details, and the countries that share theirs with members. */
export interface WithSharedCountries<Exact> {
  exact: Exact;
  shared: Set<string>;
}
