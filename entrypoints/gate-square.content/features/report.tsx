import { useState } from 'react';
import { findPublishButton } from '../../../lib/host/composer';
import { composerReport } from '../../../lib/host/report';
import { t, type Lang } from '../../../lib/i18n';
import { useFeatureFail } from '../feature';
import type { HostFrame } from '../use-host';

export interface ReportFeatureProps {
  lang: Lang;
  host: HostFrame;
  /** The box the writer's pick resolves to now, if any. */
  pickedNow: () => HTMLElement | null;
}

/** "Copy a report": the page's structure near the composer, never the writer's text or pictures. */
export function ReportFeature({ lang, host, pickedNow }: ReportFeatureProps) {
  const [note, setNote] = useState<string | null>(null);
  const fail = useFeatureFail();
  const copy = () => {
    const report = composerReport(document, {
      extensionVersion: (() => {
        try {
          return browser.runtime.getManifest().version;
        } catch {
          return 'unknown (the extension was reloaded: reload the page)';
        }
      })(),
      userAgent: navigator.userAgent,
      editor: host.editor,
      how: host.editor ? (pickedNow() === host.editor ? 'picked by the writer' : 'Gate structure, focus or selectors') : 'none',
      publishButton: host.box ? findPublishButton(host.box) !== null : false,
    });
    navigator.clipboard
      .writeText(report)
      .then(
        () => setNote(t(lang, 'report.copied')),
        () => setNote(`${t(lang, 'report.failed')}\n${report}`),
      )
      .catch(fail);
  };
  return (
    <>
      {note ? (
        <p className="gsc-notice gsc-report-note" role="status" data-testid="report-note">
          {note}
        </p>
      ) : null}
      <button type="button" className="gsc-link-button" onClick={copy} data-testid="copy-report">
        {t(lang, 'report.copy')}
      </button>
    </>
  );
}
