import { forbiddenQueryField, type Principal } from '@cpc/domain';
import { ForbiddenException } from '@nestjs/common';

/**
 * National users get the published tables only: the built-in groupings, one status set, no operations
 * filters. Checked before anything is read or served from the cache (docs/disclosure.md).
 */
export function assertPublishedQuery(reader: Principal, query: Parameters<typeof forbiddenQueryField>[1]): void {
  const forbidden = forbiddenQueryField(reader, query);
  if (forbidden)
    throw new ForbiddenException({
      statusCode: 403,
      code: 'published_only',
      params: { field: forbidden.field },
      message: `${forbidden.field}: ${forbidden.message}`,
    });
}
