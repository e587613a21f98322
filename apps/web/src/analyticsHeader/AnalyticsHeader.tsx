import type { ExportSource } from '../api/exportSource';
import { PageTitle } from '../ui/PageTitle';
import { DemoDataNotice } from './DemoDataNotice';
import { PageActions } from './PageActions';

interface AnalyticsHeaderProps {
  title: string;
  intro: string;
  /** The page's main resource with the address's filters, for the Export menu. */
  exportSource: ExportSource;
}

/** The top of an analytics page: the synthetic-data banner where it applies, the title, export and copy link. */
export function AnalyticsHeader({ title, intro, exportSource }: AnalyticsHeaderProps) {
  return (
    <>
      <DemoDataNotice />
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <PageActions exportSource={exportSource} />
      </div>
      <p className="page-intro">{intro}</p>
    </>
  );
}
