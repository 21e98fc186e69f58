/**
 * A proof page kind as the classifier reads it: its host words (lib/ocr/vocabulary), any structure
 * beyond words, and how it is scored against a screenshot's lines. One file per kind beside this.
 */
import type { ScreenshotKind, ScreenshotRule } from '../../../contests/schema';
import { fold } from '../../classify-fold';
import { allWords, VOCABULARY } from '../../vocabulary';
import { isHeading, keywords, matches, spelling, type Keyword } from '../keywords';
import { CHROME_WORDS, uiLines, type Segment } from '../segments';
import { WEIGHTS } from '../weights';

/** Evidence that is no keyword: a QR code, an address. Spelled for the evidence list. */
export interface Structural {
  label: string;
  weight: number;
}

export interface PageKind {
  kind: ScreenshotKind;
  titles: readonly string[];
  /** Headings of this kind's records table (also titles). */
  recordTitles: readonly string[];
  distinctive: readonly string[];
  /** Features its look-alike shows too: never enough alone. */
  shared: readonly string[];
  /** Evidence beyond words (a deposit's QR code and address). */
  structural?: (text: string, qr: readonly string[]) => Structural[];
}

/** A kind's words from the vocabulary (every host, every language). */
export function fromVocabulary(kind: ScreenshotKind, structural?: PageKind['structural']): PageKind {
  const v = VOCABULARY.kinds[kind];
  const recordTitles = allWords(v.recordTitles);
  const shared = allWords(v.shared);
  return {
    kind,
    titles: [...allWords(v.titles), ...recordTitles],
    recordTitles,
    distinctive: [...allWords(v.distinctive), ...allWords(v.only), ...shared],
    shared,
    structural,
  };
}

interface KindScore {
  kind: ScreenshotKind;
  score: number;
  titles: string[];
  distinctive: string[];
  /** A records table's title was read (its rows can prove the token). */
  records: boolean;
  accepted: boolean;
  structural: Structural[];
}

const langWords = (w: Partial<Record<string, string[]>> | undefined) => Object.values(w ?? {}).flatMap((l) => l ?? []);

/**
 * Score a kind: titles (a heading weighs more; a navigation word less), then features, then
 * structure. Longest keywords first, and one inside an already matched longer one is not counted
 * again (充值 inside 充值記錄). The contest's own extra words join the vocabulary's.
 */
export function scoreKind(def: PageKind, rule: ScreenshotRule, segs: readonly Segment[], text: string, qr: readonly string[]): KindScore {
  const extra = rule.signals[def.kind];
  const titles = keywords([def.titles, langWords(extra?.titles)], CHROME_WORDS);
  const distinctive = keywords([def.distinctive, langWords(extra?.distinctive)], CHROME_WORDS);
  const records = keywords([def.recordTitles]);
  const shared = new Set(def.shared.map(fold));
  const ui = uiLines(segs);
  let score = 0;
  const titleHits: string[] = [];
  const distinctHits: string[] = [];
  const used: string[] = [];
  const take = (list: Keyword[], weigh: (k: Keyword, hit: Segment[]) => number, into: string[]) => {
    for (const k of [...list].sort((a, b) => b.folded.length - a.folded.length)) {
      if (used.some((u) => u.includes(k.folded))) continue;
      const hit = ui.filter((s) => matches(k, s));
      if (hit.length === 0) continue;
      score += weigh(k, hit);
      into.push(spelling(k, hit));
      used.push(k.folded);
    }
  };
  take(
    titles,
    (k, hit) => {
      const heading = hit.some((s) => isHeading(k, s));
      return k.generic ? (heading ? WEIGHTS.genericHeading : WEIGHTS.generic) : heading ? WEIGHTS.titleHeading : WEIGHTS.title;
    },
    titleHits,
  );
  take(distinctive, () => WEIGHTS.distinctive, distinctHits);
  const structural = def.structural?.(text, qr) ?? [];
  for (const s of structural) {
    score += s.weight;
    distinctHits.push(s.label);
  }
  const combination = (titleHits.length >= 1 && distinctHits.length >= 1) || distinctHits.length >= WEIGHTS.featuresWithoutTitle;
  const strongTitle = titleHits.some((t) => !CHROME_WORDS.includes(fold(t)));
  const strongStructure = structural.some((s) => s.weight >= WEIGHTS.qrMatchesAddress);
  // What the look-alike shows too (the coin picker, the chain chooser) is never enough alone.
  const ownEvidence = titleHits.length > 0 || strongStructure || distinctHits.some((h) => !shared.has(fold(h)) && !structural.some((s) => s.label === h));
  const accepted = combination && score >= WEIGHTS.threshold && (strongTitle || strongStructure || distinctHits.length >= 2) && ownEvidence;
  const isRecords = records.some((k) => ui.some((s) => matches(k, s)));
  return { kind: def.kind, score, titles: titleHits, distinctive: distinctHits, records: isRecords, accepted, structural };
}
