/**
 * Keeps secrets out of everything this server writes besides a create tool's own result: stderr
 * log lines and error texts. The API key and every secret created in this process are replaced
 * wherever they appear, and so is anything shaped like a full key (`sk-` and 20 or more
 * characters; the masked labels the API returns, such as `sk-or-v1-0e6...1c96`, are shorter).
 */
const KEY_SHAPED = /\bsk-[A-Za-z0-9_-]{20,}/g;
export const REDACTED = '[redacted]';

export class Redactor {
  readonly #secrets = new Set<string>();

  /** Remembers a secret (ignores empty or very short strings, which would blank out ordinary text). */
  add(secret: string | undefined): void {
    if (secret && secret.length >= 8) this.#secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length))
      out = out.split(secret).join(REDACTED);
    return out.replace(KEY_SHAPED, REDACTED);
  }
}
