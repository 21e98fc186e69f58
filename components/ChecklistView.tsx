import { memo } from 'react';
import type { ScreenshotKind } from '../lib/contests/schema';
import type { Checklist, ChecklistItem, ItemStatus, Msg, NearMissDetail } from '../lib/rules/types';

export interface ChecklistLabels {
  statusText: Record<ItemStatus, string>;
  insertTags: string;
  replaceWith: (fix: string) => string;
  evidence: string;
  retryImage: string;
  /** "This is my WXTM deposit record", per kind. */
  mine: Record<ScreenshotKind, string>;
  notMine: string;
}

export interface ChecklistViewProps {
  checklist: Checklist;
  /** Turns a rule's message into text in the writer's language. */
  say: (msg: Msg) => string;
  labels: ChecklistLabels;
  /** Missing tags, written as they must be, for the "insert" button (empty: no button). */
  missingTags: string[];
  onInsertTags: () => void;
  onReplace: (miss: NearMissDetail) => void;
  /** Read a picture again after a failure about the moment (its row's id). */
  onRetryImage: (id: string) => void;
  /** The writer says a picture is theirs (a kind), or takes that back (null). */
  onConfirmImage: (id: string, kind: ScreenshotKind | null) => void;
  /** A fix that could not be applied, said once under the tags. */
  fixProblem?: string;
}

/**
 * A button that goes away with its own click ("this is my record", retry) leaves the keyboard focus
 * in its row: on the control that took its place, else on the row, never dropped to the page.
 */
function keepFocusInRow(event: { currentTarget: Element }): void {
  const row = event.currentTarget.closest('li');
  if (!row) return;
  // After the panel re-rendered the row (the click's state change lands within a few frames).
  setTimeout(() => {
    const root = row.getRootNode() as Document | ShadowRoot;
    if (!row.isConnected || (root.activeElement && row.contains(root.activeElement))) return;
    (row.querySelector<HTMLElement>('button') ?? row).focus({ preventScroll: true });
  }, 80);
}

const ICON: Record<ItemStatus, string> = { pass: '✓', fail: '✗', warn: '!', pending: '…', info: '·' };

/** The checklist the engine computed, item by item. Draws only. */
export function ChecklistView({ checklist, say, labels, missingTags, onInsertTags, onReplace, onRetryImage, onConfirmImage, fixProblem }: ChecklistViewProps) {
  const lastTag = checklist.items.map((i) => i.rule).lastIndexOf('tags');
  return (
    <ul className="gsc-items">
      {checklist.items.map((item, index) => (
        <ChecklistRow
          key={item.id}
          item={item}
          say={say}
          labels={labels}
          onReplace={onReplace}
          onRetryImage={onRetryImage}
          onConfirmImage={onConfirmImage}
          missingTags={index === lastTag ? missingTags : NO_TAGS}
          onInsertTags={onInsertTags}
          fixProblem={index === lastTag ? fixProblem : undefined}
        />
      ))}
    </ul>
  );
}

const NO_TAGS: string[] = [];

type RowProps = Omit<ChecklistViewProps, 'checklist'> & { item: ChecklistItem };

/**
 * One item. Drawn again only when its props change: the checklist keeps an item that a keystroke
 * left equal as the same object (entrypoints/gate-square.content/use-checklist.ts), so typing
 * redraws the count's row alone.
 */
const ChecklistRow = memo(function ChecklistRow({
  item,
  say,
  labels,
  missingTags,
  onInsertTags,
  onReplace,
  onRetryImage,
  onConfirmImage,
  fixProblem,
}: RowProps) {
  return (
    <li className={`gsc-item status-${item.status}`} data-testid={`item-${item.id}`} data-status={item.status}>
      <span className="gsc-icon" aria-hidden="true">
        {ICON[item.status]}
      </span>
      <span className="gsc-visually-hidden">{labels.statusText[item.status]}: </span>
      <div className="gsc-item-body">
        <p className="gsc-item-message">{say(item.message)}</p>
        <ItemDetails item={item} say={say} labels={labels} onReplace={onReplace} onRetryImage={onRetryImage} onConfirmImage={onConfirmImage} />
        {missingTags.length > 0 ? (
          <button type="button" className="gsc-fix" data-testid="fix-insert-tags" onClick={onInsertTags}>
            {labels.insertTags} {missingTags.join(' ')}
          </button>
        ) : null}
        {fixProblem ? (
          <p className="gsc-problem" role="alert" data-testid="fix-problem">
            {fixProblem}
          </p>
        ) : null}
      </div>
    </li>
  );
});

function ItemDetails({
  item,
  say,
  labels,
  onReplace,
  onRetryImage,
  onConfirmImage,
}: {
  item: ChecklistItem;
  say: (msg: Msg) => string;
  labels: ChecklistLabels;
  onReplace: (miss: NearMissDetail) => void;
  onRetryImage: (id: string) => void;
  onConfirmImage: ChecklistViewProps['onConfirmImage'];
}) {
  switch (item.rule) {
    case 'length':
      return (
        <p className="gsc-detail" data-testid="length-breakdown">
          {say(item.details.breakdown)}
        </p>
      );
    case 'tags':
      return item.details.nearMisses.length ? (
        <ul className="gsc-near-misses">
          {item.details.nearMisses.map((miss, i) => (
            <li key={`${miss.start ?? miss.chip}-${i}`}>
              {say(miss.message) === say(item.message) ? null : <p className="gsc-detail">{say(miss.message)}</p>}
              {miss.hint ? (
                <p className="gsc-detail" data-testid={`near-miss-hint-${item.details.index}-${i}`}>
                  {say(miss.hint)}
                </p>
              ) : null}
              {miss.source === 'text' || miss.chip !== undefined ? (
                <button type="button" className="gsc-fix" data-testid={`fix-near-miss-${item.details.index}-${i}`} onClick={() => onReplace(miss)}>
                  {labels.replaceWith(miss.fix)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null;
    case 'screenshot':
      return item.details.images.length ? (
        <ul className="gsc-images">
          {item.details.images.map((image) => (
            <li
              key={image.id}
              tabIndex={-1}
              className={`gsc-image image-${image.status}${image.byWriter ? ' image-by-writer' : ''}`}
              data-testid={`image-${image.position}`}
              data-state={image.state}
              data-verdict={image.verdictState}
            >
              <p className="gsc-detail">{say(image.message)}</p>
              {image.state === 'reading' ? <progress max={1} value={image.progress ?? 0} aria-label={say(image.message)} /> : null}
              {image.retryable ? (
                <button
                  type="button"
                  className="gsc-fix"
                  data-testid={`retry-image-${image.position}`}
                  onClick={(e) => {
                    keepFocusInRow(e);
                    onRetryImage(image.id);
                  }}
                >
                  {labels.retryImage}
                </button>
              ) : null}
              {image.confirmKinds?.length ? (
                <div className="gsc-mine">
                  {image.confirmKinds.map((kind) => (
                    <button
                      key={kind}
                      type="button"
                      className="gsc-fix"
                      data-testid={`mine-${image.position}-${kind}`}
                      onClick={(e) => {
                        keepFocusInRow(e);
                        onConfirmImage(image.id, kind);
                      }}
                    >
                      {labels.mine[kind]}
                    </button>
                  ))}
                </div>
              ) : null}
              {image.byWriter ? (
                <button
                  type="button"
                  className="gsc-link-button"
                  data-testid={`not-mine-${image.position}`}
                  onClick={(e) => {
                    keepFocusInRow(e);
                    onConfirmImage(image.id, null);
                  }}
                >
                  {labels.notMine}
                </button>
              ) : null}
              {image.evidence?.length && image.status !== 'proof' ? (
                <p className="gsc-evidence">
                  {labels.evidence}: {image.evidence.slice(0, 4).join(' · ')}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null;
    default:
      return null;
  }
}
