import { useEffect, useRef } from 'react';

export interface PublishGuardProps {
  question: string;
  failing: string[];
  publishLabel: string;
  keepEditingLabel: string;
  onPublish: () => void;
  onKeepEditing: () => void;
}

/** "Publish anyway?": asked once when the writer clicks 發布 while a required item fails. */
export function PublishGuard(props: PublishGuardProps) {
  // The writer pressed 發布 and the question is the answer to that press: it takes the focus (an
  // autofocus attribute is ignored in a shadow tree added after the page loaded), so a keyboard
  // writer answers it, rather than pressing a 發布 that waits for the answer.
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => keepEditing.current?.focus({ preventScroll: true }), []);
  return (
    <div className="gsc-guard" role="alertdialog" aria-modal="false" aria-labelledby="gsc-guard-q" data-testid="publish-guard">
      <p id="gsc-guard-q" className="gsc-guard-question">
        {props.question}
      </p>
      <ul className="gsc-guard-list">
        {props.failing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="gsc-guard-actions">
        <button type="button" className="gsc-button primary" onClick={props.onKeepEditing} ref={keepEditing} data-testid="keep-editing">
          {props.keepEditingLabel}
        </button>
        <button type="button" className="gsc-button" data-testid="publish-anyway" onClick={props.onPublish}>
          {props.publishLabel}
        </button>
      </div>
    </div>
  );
}
