import type { CountdownView } from '../lib/format/time';

/** The contest's countdown: phase, time left, deadline in the announcement's offset and locally. */
export function Countdown({ view, compact = false }: { view: CountdownView; compact?: boolean }) {
  return (
    <section className={`countdown phase-${view.phase}`} aria-label={view.contestName} data-phase={view.phase}>
      <header className="countdown-head">
        <span className="contest-name">{view.contestName}</span>
        <span className="phase-chip" data-testid="phase">
          {view.phaseLabel}
        </span>
      </header>
      {view.phase === 'closed' ? (
        <p className="ended" data-testid="ended-notice">
          {view.endedNotice}
        </p>
      ) : (
        <p className="time-left" data-testid="countdown">
          <span className="label">{view.countdownLabel}</span> <time className="digits">{view.countdown}</time>
        </p>
      )}
      {!compact || view.phase === 'closed' ? (
        <dl className="deadline">
          <dt>{view.deadlineLabel}</dt>
          <dd data-testid="deadline-offset">{view.deadlineOffset}</dd>
          <dt>{view.localLabel}</dt>
          <dd data-testid="deadline-local">{view.deadlineLocal}</dd>
        </dl>
      ) : null}
    </section>
  );
}
