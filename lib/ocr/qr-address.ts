/** Crypto addresses as a QR code or a deposit page writes them. Pure. */

/** A crypto address as a QR code holds it (with or without a URI scheme such as `ethereum:`). */
export function addressOf(qrText: string): string | null {
  const bare = qrText
    .trim()
    .replace(/^[a-z]+:(?:\/\/)?/i, '')
    .split(/[?@]/)[0];
  return ADDRESS.test(bare) ? bare : null;
}

/** EVM 0x…, TRON T…, Bitcoin bc1…: the addresses distinctive enough to spot in running text. */
export const DISTINCT_ADDRESS = String.raw`0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33}|bc1[02-9ac-hj-np-z]{25,62}`;

/** …plus Bitcoin legacy and other long base58 addresses, which a QR code holds alone. */
const ADDRESS = new RegExp(String.raw`^(?:${DISTINCT_ADDRESS}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|[1-9A-HJ-NP-Za-km-z]{32,48})$`);
