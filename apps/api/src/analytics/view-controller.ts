import type { AnalyticsView, ViewQuery, ViewResponse } from '@cpc/domain';
import { Controller, Get, Inject, Query, type Type } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { TabularExport } from '../exports/tabular/tabular-export.decorator.js';
import { ERROR } from '../openapi/route-errors.js';
import { ApiDoc, ApiTag, type RouteDoc } from '../openapi/route-doc.js';
import { problem, publishedOnly } from '../openapi/responses.js';
import type { ViewUseCase } from './use-cases/view-use-case.js';
import { MethodologyService } from '../methodology/methodology.service.js';

type QueryOf<V extends AnalyticsView> = ViewQuery<V>;
type ResponseOf<V extends AnalyticsView> = ViewResponse<V>;

/** A view's use case: the class Nest injects into the view's controller. */
export type ViewUseCaseClass<V extends AnalyticsView> = Type<ViewUseCase<QueryOf<V>, ResponseOf<V>>>;

/** The OpenAPI text of a view, from its declaration. */
function viewDoc(view: AnalyticsView): RouteDoc {
  return {
    summary: view.summary,
    response: view.response,
    errors: {
      '400': ERROR,
      '401': problem('Not signed in'),
      '403': publishedOnly(view.refusedFilters),
      '404': problem(view.notFound),
    },
  };
}

/** The access decorator a view's declaration names. */
function accessDecorator(view: AnalyticsView): ClassDecorator {
  return view.access === 'signed-in' ? SignedIn() : Roles(...view.access.roles);
}

/**
 * The controller of one analytics view, made from its declaration (packages/domain/src/views): its route,
 * access policy, query validation, file export and OpenAPI text. The handler is one line: the use case.
 */
export function viewController<V extends AnalyticsView>(view: V, useCase: ViewUseCaseClass<V>): Type<unknown> {
  @ApiTag('analytics')
  @Controller()
  class ViewController {
    constructor(
      @Inject(useCase) private readonly answer: ViewUseCase<QueryOf<V>, ResponseOf<V>>,
      private readonly methodology: MethodologyService,
    ) {}

    @Get(view.route)
    @TabularExport(view.export)
    @ApiDoc(viewDoc(view))
    read(
      @CurrentUser() user: AuthenticatedUser,
      @Query(new ZodValidationPipe(view.query)) query: QueryOf<V>,
    ): Promise<ResponseOf<V>> {
      return this.methodology.withVersion(query).then((versioned) => this.answer.execute(user, versioned));
    }
  }
  accessDecorator(view)(ViewController);
  // Nest names a controller by its class in logs and errors: name it for its view.
  Object.defineProperty(ViewController, 'name', { value: `${useCase.name}Controller` });
  return ViewController;
}
