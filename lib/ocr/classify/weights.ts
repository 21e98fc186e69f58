/**
 * Every number the screenshot classifier weighs evidence with, in one table. Pure data.
 *
 * A kind is claimed when its score reaches `threshold` with a combination (a title and a feature,
 * or three features) and something strong (a title that is no navigation word, a QR code matching
 * its address, or two features).
 */
export const WEIGHTS = {
  /** Score a kind needs to be claimed. */
  threshold: 3,
  /** A title on a line of its own (give or take a count or an arrow). */
  titleHeading: 3,
  /** A title inside a longer line. */
  title: 2,
  /** A title that is also a navigation word (充值, Deposit), on a line of its own / inside a line. */
  genericHeading: 1.5,
  generic: 1,
  /** A feature only (or mostly) that page shows. */
  distinctive: 1,
  /** A QR code that decodes to the address written beside it: as strong as a title. */
  qrMatchesAddress: 3,
  /** A QR code whose address could not be read beside it, or an address without a QR code. */
  qrAlone: 1,
  addressAlone: 1,
  /** Features a kind needs without a title. */
  featuresWithoutTitle: 3,
  /** Confidence of a claimed kind: base + per point of score + per point of margin over the next kind. */
  confidence: { base: 0.5, perScore: 0.05, perMargin: 0.05, max: 0.99 },
  /** The page names the token and another coin as its subject: whose page it is cannot be told. */
  subjectsDisagreeMax: 0.45,
  /** Confidence that a page is no activity page: from this, less per point of the best kind's score. */
  noneConfidence: { base: 0.95, perScore: 0.1 },
  /** A page mostly of sentences (share of characters) is a post or news item. */
  proseShare: 0.4,
  /** Lines of four letters or more a readable picture has. */
  readableLines: 3,
  /** How many lines a records row spans beside its coin's line (a phone's card: coin, amount, time, network, status). */
  rowSpan: 6,
} as const;
