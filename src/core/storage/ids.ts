/** Random bytes drawn a batch at a time: one getRandomValues call per id cost more than the rest of the id. */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let offset = 0;

function takeRandomBytes(count: number): Uint8Array {
  if (offset + count > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    offset = 0;
  }
  offset += count;
  return pool.subarray(offset - count, offset);
}

/** 128 random bits, base64url: unguessable, so a conversation id is also its access key. */
export function createId(prefix: 'c' | 'm'): string {
  const bytes = takeRandomBytes(16);
  const text = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `${prefix}_${text}`;
}

export const ID_PATTERN = /^[cm]_[A-Za-z0-9_-]{22}$/;
