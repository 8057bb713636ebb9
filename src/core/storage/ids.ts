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

/** Milliseconds in base 36 (digits, then lower-case letters: byte order is time order) until the year 3200. */
const TIME_DIGITS = 9;

/**
 * The creation time, then 128 random bits in base64url: unguessable, so a conversation id is
 * also its access key. The time comes first so that new rows land together at the end of each
 * index instead of on random pages: a stored exchange costs the database about a third of the
 * work (and the ids, like UUIDv7, show when they were made, to the millisecond).
 */
export function createId(prefix: 'c' | 'm' | 'h', now: number = Date.now()): string {
  return `${prefix}_${now.toString(36).padStart(TIME_DIGITS, '0')}${toBase64Url(takeRandomBytes(16))}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Unpadded base64url, 6 bits a character (btoa and three replacements cost more than the rest of the id). */
function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let buffer = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL[(buffer >> bits) & 63];
    }
  }
  return bits > 0 ? out + BASE64URL[(buffer << (6 - bits)) & 63] : out;
}

/** Today's ids, and the ids made before the time prefix (22 random characters), which stay valid. */
export const ID_PATTERN = /^[cm]_(?:[0-9a-z]{9})?[A-Za-z0-9_-]{22}$/;

/** Hand-off ids (`h_`) came after the time prefix: they always carry it. */
export const HANDOFF_ID_PATTERN = /^h_[0-9a-z]{9}[A-Za-z0-9_-]{22}$/;
