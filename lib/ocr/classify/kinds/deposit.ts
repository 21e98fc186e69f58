/**
 * A deposit page or its records. Beyond its words, a deposit page has structure: a QR code (the
 * deposit address), and the address it decodes to also written out as text — the strongest sign of
 * a deposit page there is. An address alone in the text counts a little (a withdraw form has a
 * field instead).
 */
import { addressOf, DISTINCT_ADDRESS } from '../../qr-address';
import { WEIGHTS } from '../weights';
import { fromVocabulary, type Structural } from './kind';

const ADDRESS_IN_TEXT = new RegExp(String.raw`(?<![0-9A-Za-z])(?:${DISTINCT_ADDRESS})(?![0-9A-Za-z])`);

function depositStructure(text: string, qr: readonly string[]): Structural[] {
  // OCR confuses 0/O and 1/l/I in addresses: compare on a skeleton where they are one.
  const skeleton = (s: string) => s.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  const compact = skeleton(text.normalize('NFKC').replace(/\s+/g, ''));
  const addresses = qr.map(addressOf).filter((a): a is string => a !== null);
  // OCR may drop or misread a few characters inside a long address: its two ends are enough.
  const written = (address: string) => {
    const a = skeleton(address);
    return compact.includes(a) || (a.length >= 24 && compact.includes(a.slice(0, 10)) && compact.includes(a.slice(-6)));
  };
  const shown = addresses.find(written);
  // Language-neutral evidence: the QR code and the address it holds, shortened.
  if (shown) return [{ label: `QR ⇔ ${shown.slice(0, 6)}…${shown.slice(-4)}`, weight: WEIGHTS.qrMatchesAddress }];
  if (qr.length > 0) return [{ label: 'QR', weight: WEIGHTS.qrAlone }];
  if (
    text
      .normalize('NFKC')
      .split('\n')
      .some((line) => ADDRESS_IN_TEXT.test(line.replace(/\s+/g, '')))
  )
    return [{ label: 'address', weight: WEIGHTS.addressAlone }];
  return [];
}

export const DEPOSIT = fromVocabulary('deposit', depositStructure);
