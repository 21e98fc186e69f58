/**
 * The one-click fixes a checklist offers, as plain data: which tags to insert (required tags that
 * are neither present nor nearly present) and which near misses can be replaced in the text.
 * Pure; the host adapter applies them through the editor's own input path.
 */
import type { Checklist, NearMissDetail } from './types';

/** Tags to insert, as they must be written; a tag with a near miss is fixed by replacing it instead. */
export function missingTags(checklist: Checklist): string[] {
  return checklist.items.flatMap((item) =>
    item.rule === 'tags' && item.status === 'fail' && item.details.nearMisses.length === 0 ? [item.details.expected] : [],
  );
}

/**
 * Near misses that can be replaced by their fix: a range of the text, or a whole chip (a topic
 * chosen with the wrong characters, replaced by the tag as it must be written).
 */
export function replaceableNearMisses(checklist: Checklist): NearMissDetail[] {
  return checklist.items.flatMap((item) =>
    item.rule === 'tags'
      ? item.details.nearMisses.filter((m) => (m.source === 'text' && m.start !== undefined) || (m.source === 'chip' && m.chip !== undefined))
      : [],
  );
}
