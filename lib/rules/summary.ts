/**
 * The draft at a glance, for the popup and the deadline notifications ("4 of 5 done, missing
 * #WXTM#"). Pure: read off a checklist.
 */
import type { Checklist, DeadlineItem, Msg } from './types';

export interface DraftSummary {
  done: number;
  total: number;
  pass: boolean;
  /** What still blocks: each failing required item's message. */
  missing: Msg[];
}

export function summarizeChecklist(checklist: Checklist): DraftSummary {
  return {
    done: checklist.items.filter((item) => item.status === 'pass').length,
    total: checklist.items.length,
    pass: checklist.pass,
    missing: checklist.items.filter((item) => item.required && item.status === 'fail').map((item) => item.message),
  };
}

/**
 * What the publish guard asks about: each required item that fails, and each still waiting (a
 * required screenshot being read), by its message.
 */
export function openItems(checklist: Checklist): { failing: Msg[]; waiting: Msg[] } {
  const required = checklist.items.filter((item) => item.required);
  return {
    failing: required.filter((item) => item.status === 'fail').map((item) => item.message),
    waiting: required.filter((item) => item.status === 'pending').map((item) => item.message),
  };
}

/**
 * The essentials for the compact pill, when the panel has no room beside the composer:
 * "✗ 3 · 98 字 · 2 天 4 時". Pure: everything from the checklist; the UI says it in the writer's
 * language (`pillText`).
 */
export interface PillSummary {
  /** Required items failing, and required items still waiting (a screenshot being read). */
  failing: number;
  waiting: number;
  count: number;
  unit: 'zi' | 'words';
  /** Time left to the deadline (or to the start while upcoming); null once closed. */
  left: { days: number; hours: number; minutes: number } | null;
  phase: DeadlineItem['details']['phase'] | null;
}

export function pillSummary(checklist: Checklist): PillSummary {
  const required = checklist.items.filter((item) => item.required);
  const deadline = checklist.items.find((item): item is DeadlineItem => item.rule === 'deadline');
  const phase = deadline?.details.phase ?? null;
  return {
    failing: required.filter((item) => item.status === 'fail').length,
    waiting: required.filter((item) => item.status === 'pending').length,
    count: checklist.facts.count,
    unit: checklist.facts.unit,
    left:
      deadline && phase !== 'closed' ? { days: deadline.details.left.days, hours: deadline.details.left.hours, minutes: deadline.details.left.minutes } : null,
    phase,
  };
}
