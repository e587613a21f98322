import type { z } from 'zod';
import type { Role } from '../access/roles.js';
import { rowSchemaOf } from '../exports/schema-columns.js';
import type { FigureKey, ListKey, TabularExport } from '../exports/tabular.js';

/** Who may call a view: any signed-in account (the use case then scopes by country), or some roles only. */
export type ViewAccess = 'signed-in' | { roles: readonly Role[] };

/**
 * An analytics view, declared once: the API's route, access policy, validation and OpenAPI text, the file
 * export, and the web client's path, query key and file name all come from this object.
 */
export interface AnalyticsView<
  Query extends z.ZodType<object> = z.ZodType<object>,
  Response extends z.ZodType = z.ZodType,
> {
  /** The route under /api, e.g. `analytics/difficulties`. */
  route: string;
  access: ViewAccess;
  /** Validates the query string; its JSON schema gives the OpenAPI parameters. */
  query: Query;
  response: Response;
  /** How `?format=csv|xlsx` turns the response into a file. */
  export: TabularExport;
  /** The OpenAPI summary: what the figures are, and what national users get. */
  summary: string;
  /** The 403 of a national user, beyond the UN or a custom grouping and status (docs/disclosure.md). */
  refusedFilters?: string;
  /** The 404's description. */
  notFound: string;
  /**
   * The web client's parameters, in the order they appear in its address and query key (the key is
   * `[queryKey, ...values]`, so a change of any of them fetches again).
   */
  clientParams: readonly (keyof z.input<Query> & string)[];
  /** The first element of the web client's TanStack Query key. */
  queryKey: string;
}

/** The JSON a view answers, typed by its response schema. */
export type ViewResponse<View extends AnalyticsView> = z.output<View['response']>;
/** The query a view's use case receives, after validation (defaults filled in). */
export type ViewQuery<View extends AnalyticsView> = z.output<View['query']>;

/** A view's file export as declared: its list and summary checked against the response; its query is the view's. */
export type ViewExport<Response> = Omit<TabularExport, 'query' | 'list' | 'rows' | 'summary'> & {
  list: ListKey<Response>;
  summary?: readonly FigureKey<Response>[];
};

/** What a view's file declares: the view, with its export written against its response type. */
export type ViewDeclaration<Query extends z.ZodType<object>, Response extends z.ZodType> = Omit<
  AnalyticsView<Query, Response>,
  'export'
> & { export: ViewExport<z.output<Response>> };

/** Declares a view, checking its client parameters against its query schema and its export against its response. */
export function defineView<Query extends z.ZodType<object>, Response extends z.ZodType>(
  view: ViewDeclaration<Query, Response>,
): AnalyticsView<Query, Response> {
  const rows = rowSchemaOf(view.response, view.export.list);
  return { ...view, export: { ...view.export, query: view.query, rows } };
}

/** What coordinators and viewers get from every view over assessments (docs/disclosure.md). */
export const SMALL_CELLS =
  ' For coordinators and viewers (protected: true), figures of fewer than 3 assessments are withheld (null, suppressed: true) and the others perturbed within published bounds, without median, quartiles, min or max.';

/** The country details of a view: national users get their own country and those that share it. */
export const SHARED_COUNTRIES = 'National users: their own country and those that share their figures with members.';
