/**
 * The draft at a glance, for the popup and the deadline notifications ("4 of 5 done, missing
 * #WXTM#"). Pure: read off a checklist.
 */
import type { Checklist, Msg } from './types';

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
