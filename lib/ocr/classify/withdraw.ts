/**
 * The withdraw form: the deposit page's look-alike (coin picker, network chips, an address), and
 * no proof of anything. What gives it away is an address *field*, a fee and the amount received;
 * withdrawal records are the deposit records' look-alike, told by their title.
 */
import { fold } from '../classify-fold';
import { allWords, VOCABULARY } from '../vocabulary';
import { keywords, seenWords } from './keywords';
import { uiLines, type Segment } from './segments';

const W = VOCABULARY.withdraw;
const RECORD_TITLES = allWords(W.recordTitles);
const DEPOSIT_RECORD_TITLES = allWords(VOCABULARY.kinds.deposit.recordTitles);
const TITLES = allWords(W.titles);
const ONLY = keywords([allWords(W.only)]);
const SHARED = keywords([allWords(W.shared)]);
const DEPOSIT_RECORDS = keywords([DEPOSIT_RECORD_TITLES]);

/** "提币 X" / "Withdraw X" as a title line: the withdraw form of coin X (OKX, Binance). */
const TITLE_COIN = /^(?:提现|提現|提币|提幣|withdraw(?:\s*crypto)?)\s*[A-Za-z][A-Za-z0-9]{1,11}$/i;

/**
 * A withdraw form: two of its own features (address field, amount received, submit button…), or
 * one with its title as a heading or a shared feature (a fee). Withdrawal records with no deposit
 * records title beside them (Gate shows both as tabs). The words seen, or null.
 */
export function withdrawEvidence(segs: readonly Segment[]): string[] | null {
  const ui = uiLines(segs);
  const onItsOwnLine = (title: string) => ui.some((s) => s.compact.replace(/[\s()（）›>»|:：]+/g, '') === fold(title).replace(/\s/g, ''));
  const records = RECORD_TITLES.filter(onItsOwnLine);
  if (records.length > 0 && seenWords(ui, DEPOSIT_RECORDS).length === 0) return records;
  const only = seenWords(ui, ONLY);
  const shared = seenWords(ui, SHARED);
  const coinTitle = ui.find((s) => TITLE_COIN.test(s.raw.normalize('NFKC').trim()));
  const titles = TITLES.filter(onItsOwnLine);
  if (only.length === 0) {
    // "Withdraw Crypto ETH", or two withdraw titles (Withdraw, Onchain Withdrawal), over a fee:
    // the form, though it shows none of its own words.
    if (shared.length === 0) return null;
    if (coinTitle) return [coinTitle.raw.trim(), ...shared];
    return titles.length >= 2 ? [...titles, ...shared] : null;
  }
  const heading = titles.length > 0 || coinTitle !== undefined;
  if (only.length >= 2 || heading || shared.length >= 1) return [...only, ...shared];
  return null;
}
