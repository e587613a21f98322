import { PageTitle } from '../shell/PageTitle';
import { CopyLinkButton } from './CopyLinkButton';
import { DemoDataNotice } from './DemoDataNotice';

/** The top of an analytics page: the synthetic-data banner where it applies, the title, the copy-link button. */
export function AnalyticsHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <DemoDataNotice />
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <CopyLinkButton />
      </div>
      <p className="page-intro">{intro}</p>
    </>
  );
}
