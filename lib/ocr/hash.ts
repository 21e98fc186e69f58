/** A picture's identity: the SHA-256 of its bytes, in hex (WebCrypto, in every context we run in). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A picture's bytes and their hash, passed along together so that nobody hashes them again. */
export interface HashedBytes {
  bytes: Uint8Array;
  hash: string;
}

/** Hashes worked out, by the Blob they are of (a chosen File, a preview's fetched bytes): a Blob never changes. */
const known = new WeakMap<Blob, Promise<string>>();

/**
 * The hash of a Blob, worked out once per Blob however often it is asked for (the content script
 * meets one picture in several places: the preview's fetch, the link to a chosen file, the read).
 * `bytes`: the Blob's bytes, when the caller has them already.
 */
export async function blobHash(blob: Blob, bytes?: Uint8Array): Promise<string> {
  let hash = known.get(blob);
  if (!hash) {
    hash = (async () => sha256Hex(bytes ?? new Uint8Array(await blob.arrayBuffer())))();
    known.set(blob, hash);
    // A failure is not remembered: the next ask tries again.
    hash.catch(() => known.delete(blob));
  }
  return hash;
}

/** A Blob's bytes with its hash ({@link blobHash}: worked out once per Blob). */
export async function hashedBytes(blob: Blob): Promise<HashedBytes> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { bytes, hash: await blobHash(blob, bytes) };
}
