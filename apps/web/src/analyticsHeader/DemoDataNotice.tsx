import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../api/metaQuery';
import { DemoDataBanner } from './DemoDataBanner';

/** The synthetic-data banner, wherever assessment data is shown and the database holds demo data. */
export function DemoDataNotice() {
  const meta = useQuery(metaQuery());
  return meta.data?.demoData ? <DemoDataBanner /> : null;
}
