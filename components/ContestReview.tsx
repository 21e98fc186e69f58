import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { MAX_ANNOUNCEMENT_CHARS, type AnnouncementDraft, type DraftGap, type DraftWarning } from '../lib/contests/announcement/types';
import {
  aboutField,
  blankPrize,
  editLocalized,
  fromLocalInput,
  OFFSET_CHOICES,
  positiveInput,
  toLocalInput,
  withoutEmptyPool,
} from '../lib/contests/draft-edit';
import { parseContest } from '../lib/contests';
import { diffContests, type ContestChange, type Shown } from '../lib/contests/diff';
import { replacementOf } from '../lib/contests/replace';
import { kindKey } from '../lib/i18n/messages/rules';
import { offsetLabel } from '../lib/contests/phase';
import { SCREENSHOT_KINDS, type Contest, type ContestInput, type ScreenshotKind } from '../lib/contests/schema';
import { formatLocal } from '../lib/format/time';
import { formatNumber, hasMessage, t, tm, type Lang } from '../lib/i18n';
import { IssueList } from './IssueList';

/** A doubt the reader raised, in the writer's language when a sentence for its code exists. */
export function warningText(lang: Lang, w: Pick<DraftWarning, 'code' | 'message'>, params: Record<string, string> = {}): string {
  const key = `options.warning.${w.code}`;
  return hasMessage(key) ? t(lang, key, params) : w.message;
}

/** A field the reader missed, as the review names it ("截止時間", not "window.end"). */
export function fieldName(lang: Lang, field: string): string {
  const key = `review.field.${field}`;
  return hasMessage(key) ? t(lang, key) : field;
}

function Doubts({ lang, warnings, gaps, testid }: { lang: Lang; warnings: DraftWarning[]; gaps: DraftGap[]; testid: string }) {
  if (!warnings.length && !gaps.length) return null;
  return (
    <ul className="gsc-doubts" data-testid={testid}>
      {gaps.map((g, i) => (
        <li key={`g${i}`} className="gap">
          {t(lang, 'options.missingField', { field: fieldName(lang, g.field) })}
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`} className="warning" title={w.source}>
          {warningText(lang, w, { max: formatNumber(lang, MAX_ANNOUNCEMENT_CHARS) })}
        </li>
      ))}
    </ul>
  );
}

/**
 * A number the writer types: the text is kept as typed ("1." on the way to "1.5", an empty box on
 * the way to another number) and the parsed value reported; a change from outside (a row removed
 * above) shows the new value.
 */
function NumberText({
  value,
  parse,
  onValue,
  label,
  ...rest
}: { value: number; parse: (text: string) => number | undefined; onValue: (n: number | undefined) => void; label: string } & Omit<
  JSX.IntrinsicElements['input'],
  'value' | 'onChange'
>) {
  const shown = (n: number) => (n > 0 ? String(n) : '');
  const [text, setText] = useState(() => shown(value));
  // Only an outside change of the value re-syncs the text (while the writer types "0", "", "1e"…
  // the text is theirs): the value last synced is remembered, and a new one adjusts the text.
  const synced = useRef(value);
  useEffect(() => {
    if (synced.current === value) return;
    synced.current = value;
    if ((parse(text) ?? 0) !== value) setText(shown(value));
  }, [value, parse, text]);
  return (
    <input
      {...rest}
      aria-label={label}
      title={label}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValue(parse(e.target.value));
      }}
    />
  );
}

/** A whole number of at least 1 (winners), or undefined. */
const wholeInput = (text: string) => {
  const n = positiveInput(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
};

export interface ContestReviewProps {
  lang: Lang;
  draft: AnnouncementDraft;
  /**
   * Saves the reviewed contest; resolves with a problem to show, or null when saved. `replace` is
   * the id of the tracked contest the writer confirmed it replaces (only with `tracked`): store it
   * under that id; without it, the contest is new and replaces nothing.
   */
  onSave: (contest: Contest, replace?: string) => Promise<string | null>;
  saveLabel: string;
  /**
   * The contests the writer tracks. Given, a contest that is one of them (lib/contests/replace.ts)
   * is not saved at the first press: that press shows what changes, field by field, and the second
   * ("Confirm replace") saves; an identical one is said to be so and not saved again.
   */
  tracked?: readonly Contest[];
}

/** A value of a change, as the review shows it. */
const shown = (lang: Lang, value: Shown) => (typeof value === 'string' ? value : tm(lang, value));

/** What changes when a tracked contest is replaced: one row per field, old → new. */
export function ChangeList({ lang, changes }: { lang: Lang; changes: readonly ContestChange[] }) {
  return (
    <ul className="gsc-changes" data-testid="review-diff">
      {changes.map((c) => (
        <li key={c.field} data-testid={`review-diff-${c.field}`} data-field={c.field}>
          <span className="gsc-change-field">{fieldName(lang, c.field)}</span>: <del>{shown(lang, c.before)}</del> → <ins>{shown(lang, c.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

const FIELDS = ['name', 'tags', 'length', 'window', 'screenshot', 'prizes'] as const;

/**
 * The draft a contest announcement was read into, for the writer to check and correct before
 * tracking it: tags, minimum and unit, the window in the announcement's zone and the writer's, the
 * screenshot rule and the prizes, with every warning or gap the reader raised beside its field.
 */
export function ContestReview(props: ContestReviewProps) {
  // A draft read again with other content (the writer corrected the pasted text, or the post
  // finished rendering) is a new form: showing the old values beside the new doubts, and saving
  // them, would be wrong. The same content read again keeps what the writer typed.
  const { contest, warnings, missing } = props.draft;
  const content = useMemo(() => JSON.stringify([contest, warnings, missing]), [contest, warnings, missing]);
  return <ReviewForm key={content} {...props} />;
}

function ReviewForm({ lang, draft, onSave, saveLabel, tracked }: ContestReviewProps) {
  const [contest, setContest] = useState<ContestInput>(() => structuredClone(draft.contest));
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The tracked contest these values would replace, as the writer edits (none while they do not pass the schema).
  const replacing = useMemo(() => {
    if (!tracked) return undefined;
    const parsed = parseContest(withoutEmptyPool(contest));
    return parsed.ok ? replacementOf(parsed.contest, tracked) : undefined;
  }, [contest, tracked]);
  /**
   * What the first press showed: the changes from that target to those values. It stands for these
   * values against this target only; any edit, or the tracked contest changing meanwhile, asks again.
   */
  const [answered, setAnswered] = useState<{ key: string; changes: ContestChange[] } | null>(null);
  const replacingKey = replacing ? JSON.stringify([replacing.target, replacing.stored]) : '';
  const shownAnswer = answered && answered.key === replacingKey ? answered : null;
  const edit = (patch: (c: ContestInput) => void) =>
    setContest((prev) => {
      const next = structuredClone(prev);
      patch(next);
      return next;
    });
  const offset = contest.window.displayOffset;
  // The prizes' doubts include the pool's.
  const about = <T extends { field: string }>(list: readonly T[], field: string) => [
    ...aboutField(list, field),
    ...(field === 'prizes' ? aboutField(list, 'pool') : []),
  ];
  const others = useMemo(
    () => ({
      warnings: draft.warnings.filter((w) => !FIELDS.some((f) => about([w], f).length)),
      gaps: draft.missing.filter((g) => !FIELDS.some((f) => about([g], f).length)),
    }),
    [draft],
  );
  const doubts = (field: string) => (
    <Doubts lang={lang} testid={`review-doubts-${field}`} warnings={about(draft.warnings, field)} gaps={about(draft.missing, field)} />
  );
  const writerTime = (iso: string) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? '' : formatLocal(lang, ms);
  };
  const kinds = contest.screenshot.kinds ?? [];
  const prizes = contest.prizes ?? [];

  return (
    <form
      className="gsc-review"
      data-testid="contest-review"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseContest(withoutEmptyPool(contest));
        if (!parsed.ok) {
          setIssues(parsed.issues);
          return;
        }
        setIssues([]);
        const replace = tracked ? replacementOf(parsed.contest, tracked) : undefined;
        if (replace) {
          const key = JSON.stringify([replace.target, replace.stored]);
          if (shownAnswer?.key !== key) {
            // The first press: what changes (or that nothing does), nothing stored.
            setProblem(null);
            setAnswered({ key, changes: diffContests(replace.target, replace.stored, lang) });
            return;
          }
          // Identical: nothing to confirm, storage left as it is.
          if (!shownAnswer.changes.length) return;
        }
        setSaving(true);
        void onSave(parsed.contest, replace?.target.id).then((p) => {
          setProblem(p);
          setSaving(false);
        });
      }}
    >
      <label>
        {t(lang, 'review.name')}
        <input data-testid="review-name" value={contest.name[lang]} onChange={(e) => edit((c) => void (c.name[lang] = e.target.value))} />
      </label>
      {doubts('name')}

      <fieldset>
        <legend>{t(lang, 'review.tags')}</legend>
        {(contest.tags ?? []).map((tag, i) => (
          <div className="gsc-row" key={i}>
            <input
              data-testid={`review-tag-${i}`}
              aria-label={t(lang, 'review.tag', { n: i + 1 })}
              value={tag.text}
              onChange={(e) => edit((c) => void (c.tags![i].text = e.target.value))}
            />
            <span className="muted">{tag.style === 'weibo' ? '#…#' : '#…'}</span>
            <button type="button" className="gsc-link-button" data-testid={`review-tag-remove-${i}`} onClick={() => edit((c) => void c.tags!.splice(i, 1))}>
              {t(lang, 'review.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="gsc-link-button"
          data-testid="review-tag-add"
          onClick={() => edit((c) => void (c.tags ??= []).push({ text: '', style: 'weibo', alternatives: [] }))}
        >
          {t(lang, 'review.addTag')}
        </button>
        {doubts('tags')}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'review.minimum')}</legend>
        <div className="gsc-row">
          <input
            type="number"
            min={0}
            data-testid="review-min"
            value={contest.length.min}
            onChange={(e) => edit((c) => void (c.length.min = Math.max(0, Math.floor(Number(e.target.value) || 0))))}
          />
          <select data-testid="review-unit" value={contest.length.unit} onChange={(e) => edit((c) => void (c.length.unit = e.target.value as 'zi' | 'words'))}>
            <option value="zi">{t(lang, 'review.unit.zi')}</option>
            <option value="words">{t(lang, 'review.unit.words')}</option>
          </select>
        </div>
        {doubts('length')}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'review.window')}</legend>
        <label className="gsc-row">
          {t(lang, 'review.zone')}
          <select
            data-testid="review-zone"
            value={offset}
            onChange={(e) =>
              edit((c) => {
                // The wall-clock times stay as the announcement wrote them; the zone they are in changes.
                const start = fromLocalInput(toLocalInput(c.window.start, c.window.displayOffset), e.target.value);
                const end = fromLocalInput(toLocalInput(c.window.end, c.window.displayOffset), e.target.value);
                c.window.displayOffset = e.target.value;
                if (start) c.window.start = start;
                if (end) c.window.end = end;
              })
            }
          >
            {[...new Set([offset, ...OFFSET_CHOICES])].map((o) => (
              <option key={o} value={o}>
                {offsetLabel(o)}
              </option>
            ))}
          </select>
        </label>
        {(['start', 'end'] as const).map((which) => (
          <label key={which}>
            {t(lang, `review.${which}`)}
            <input
              type="datetime-local"
              data-testid={`review-${which}`}
              value={toLocalInput(contest.window[which], offset)}
              onChange={(e) => {
                const iso = fromLocalInput(e.target.value, offset);
                if (iso) edit((c) => void (c.window[which] = iso));
              }}
            />
            <span className="muted" data-testid={`review-${which}-local`}>
              {t(lang, 'review.yourTime', { time: writerTime(contest.window[which]) })}
            </span>
          </label>
        ))}
        {doubts('window')}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'review.screenshot')}</legend>
        <select
          data-testid="review-requirement"
          value={contest.screenshot.requirement}
          onChange={(e) => edit((c) => void (c.screenshot.requirement = e.target.value as 'required' | 'preferred' | 'none'))}
        >
          {(['required', 'preferred', 'none'] as const).map((r) => (
            <option key={r} value={r}>
              {t(lang, `review.requirement.${r}`)}
            </option>
          ))}
        </select>
        <div className="gsc-row">
          {SCREENSHOT_KINDS.map((k: ScreenshotKind) => (
            <label key={k}>
              <input
                type="checkbox"
                data-testid={`review-kind-${k}`}
                checked={kinds.includes(k)}
                onChange={(e) =>
                  edit((c) => {
                    const set = new Set(c.screenshot.kinds ?? []);
                    if (e.target.checked) set.add(k);
                    else set.delete(k);
                    c.screenshot.kinds = SCREENSHOT_KINDS.filter((x) => set.has(x));
                  })
                }
              />{' '}
              {t(lang, kindKey(k))}
            </label>
          ))}
        </div>
        <label className="gsc-row">
          {t(lang, 'review.token')}
          <input
            data-testid="review-token"
            value={contest.screenshot.token.symbols[0] ?? ''}
            onChange={(e) => edit((c) => void (c.screenshot.token.symbols = [e.target.value.trim().toUpperCase(), ...c.screenshot.token.symbols.slice(1)]))}
          />
        </label>
        {doubts('screenshot')}
      </fieldset>

      <fieldset data-testid="review-prizes">
        <legend>{t(lang, 'review.prizes')}</legend>
        <div className="gsc-row">
          {t(lang, 'review.pool')}
          <NumberText
            className="gsc-pool-amount"
            data-testid="review-pool-amount"
            label={t(lang, 'review.poolAmount')}
            value={contest.pool?.amount ?? 0}
            parse={positiveInput}
            onValue={(amount) => edit((c) => void (c.pool = { amount: amount ?? 0, unit: c.pool?.unit ?? prizes[0]?.unit ?? '' }))}
          />
          <input
            className="gsc-unit"
            data-testid="review-pool-unit"
            aria-label={t(lang, 'review.prizeUnit')}
            title={t(lang, 'review.prizeUnit')}
            value={contest.pool?.unit ?? ''}
            onChange={(e) => edit((c) => void (c.pool = { amount: c.pool?.amount ?? 0, unit: e.target.value.trim() }))}
          />
        </div>
        {prizes.map((prize, i) => (
          <div className="gsc-prize" key={i} data-testid={`review-prize-${i}`}>
            <div className="gsc-row">
              <input
                className="gsc-rank"
                data-testid={`review-prize-rank-${i}`}
                aria-label={t(lang, 'review.prizeRank', { n: i + 1 })}
                value={prize.rank[lang]}
                onChange={(e) => edit((c) => void (c.prizes![i].rank = editLocalized(c.prizes![i].rank, lang, e.target.value)))}
              />
              <button
                type="button"
                className="gsc-link-button"
                data-testid={`review-prize-remove-${i}`}
                onClick={() => edit((c) => void c.prizes!.splice(i, 1))}
              >
                {t(lang, 'review.remove')}
              </button>
            </div>
            <div className="gsc-row">
              <NumberText
                className="gsc-winners"
                data-testid={`review-prize-winners-${i}`}
                label={t(lang, 'review.prizeWinners')}
                value={prize.winners}
                parse={wholeInput}
                onValue={(n) => edit((c) => void (c.prizes![i].winners = n ?? 0))}
              />
              <span aria-hidden="true">×</span>
              <NumberText
                className="gsc-amount"
                data-testid={`review-prize-amount-${i}`}
                label={t(lang, 'review.prizeAmount')}
                value={prize.amount}
                parse={positiveInput}
                onValue={(n) => edit((c) => void (c.prizes![i].amount = n ?? 0))}
              />
              <input
                className="gsc-unit"
                data-testid={`review-prize-unit-${i}`}
                aria-label={t(lang, 'review.prizeUnit')}
                title={t(lang, 'review.prizeUnit')}
                value={prize.unit}
                onChange={(e) => edit((c) => void (c.prizes![i].unit = e.target.value.trim()))}
              />
            </div>
          </div>
        ))}
        <button
          type="button"
          className="gsc-link-button"
          data-testid="review-prize-add"
          onClick={() => edit((c) => void (c.prizes ??= []).push(blankPrize(c.pool?.unit ?? c.prizes?.at(-1)?.unit)))}
        >
          {t(lang, 'review.addPrize')}
        </button>
        {doubts('prizes')}
      </fieldset>

      <Doubts lang={lang} testid="review-doubts-other" warnings={others.warnings} gaps={others.gaps} />
      {issues.length ? (
        <IssueList heading={t(lang, 'options.invalid')} issues={issues.map((i) => ({ ...i, path: i.path || t(lang, 'options.root') }))} />
      ) : null}
      {problem ? (
        <p className="error" role="alert" data-testid="review-problem">
          {problem}
        </p>
      ) : null}
      {replacing ? (
        <div className="gsc-replace" data-testid="review-replace" data-reason={replacing.reason}>
          <p>{t(lang, `review.replace.${replacing.reason}`, { name: replacing.target.name[lang] })}</p>
          {shownAnswer && shownAnswer.changes.length ? (
            <>
              <p className="muted">{t(lang, 'review.replace.changes')}</p>
              <ChangeList lang={lang} changes={shownAnswer.changes} />
            </>
          ) : null}
          {shownAnswer && !shownAnswer.changes.length ? (
            <p role="status" data-testid="review-identical">
              {t(lang, 'review.replace.identical', { name: replacing.target.name[lang] })}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="gsc-button primary" data-testid="review-save" disabled={saving || (shownAnswer !== null && !shownAnswer.changes.length)}>
        {replacing ? t(lang, shownAnswer?.changes.length ? 'review.replace.confirm' : 'review.replace.save') : saveLabel}
      </button>
    </form>
  );
}
