/** 128 random bits, base64url: unguessable, so a conversation id is also its access key. */
export function createId(prefix: 'c' | 'm'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const text = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `${prefix}_${text}`;
}

export const ID_PATTERN = /^[cm]_[A-Za-z0-9_-]{22}$/;
