import type { ExportSource } from '../api/exportSource';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { PageExportMenu } from './PageExportMenu';

/** Beside an analytics page's title: export what is shown, or copy the link that shows it again. */
export function PageActions({ exportSource }: { exportSource: ExportSource }) {
  return (
    <div className="page-actions">
      <PageExportMenu source={exportSource} />
      <CopyLinkButton />
    </div>
  );
}
