import type { TabularExport as TabularExportSpec } from '@cpc/domain';
import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { TABULAR_EXPORT, TabularExportInterceptor } from './tabular-export.interceptor.js';

/**
 * `?format=csv|xlsx` on a JSON route: the very response the handler returns, its `spec.list` one row per
 * element. Without format (or format=json) the response is left untouched.
 */
export function TabularExport(spec: TabularExportSpec): MethodDecorator {
  return applyDecorators(TABULAR_EXPORT(spec), UseInterceptors(TabularExportInterceptor));
}
