/**
 * Stored contests, brought to what the extension reads today. Pure.
 *
 * v1 → v2: contests used to carry a copy of Gate's UI words (`screenshot.signals`, copied from the
 * built-in contest by the announcement reader). Those words now live once, in lib/ocr/vocabulary;
 * a contest keeps only the words it adds. Words the vocabulary has are dropped from each kind, and
 * a kind left with none goes.
 */
import { allWords, VOCABULARY } from '../ocr/vocabulary';

const KNOWN: ReadonlySet<string> = new Set(
  [
    ...Object.values(VOCABULARY.kinds).flatMap((k) => [k.titles, k.recordTitles, k.distinctive, k.only, k.shared].flatMap((w) => allWords(w))),
    ...allWords(VOCABULARY.chrome),
  ].map((w) => w.normalize('NFC')),
);

type Words = Record<string, unknown>;

function prune(group: unknown): Words | undefined {
  if (!group || typeof group !== 'object') return undefined;
  const out: Words = {};
  for (const [lang, list] of Object.entries(group as Words)) {
    if (!Array.isArray(list)) continue;
    const kept = list.filter((w) => typeof w !== 'string' || !KNOWN.has(w.normalize('NFC')));
    if (kept.length) out[lang] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

/** One stored contest without the vocabulary's words; anything not shaped like a contest is kept as it is. */
export function withoutHostWords(contest: unknown): unknown {
  const shot = (contest as { screenshot?: { signals?: unknown } } | null)?.screenshot;
  if (!shot || typeof shot !== 'object' || !shot.signals || typeof shot.signals !== 'object') return contest;
  const signals: Words = {};
  for (const [kind, s] of Object.entries(shot.signals as Words)) {
    const titles = prune((s as Words | null)?.titles);
    const distinctive = prune((s as Words | null)?.distinctive);
    if (titles || distinctive) signals[kind] = { ...(titles ? { titles } : {}), ...(distinctive ? { distinctive } : {}) };
  }
  return { ...(contest as object), screenshot: { ...shot, signals } };
}

/** The stored list of contests, migrated to v2. */
export function migrateContestsV2(stored: unknown): unknown {
  return Array.isArray(stored) ? stored.map(withoutHostWords) : stored;
}
