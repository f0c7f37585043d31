/**
 * Where everything the CLI prints goes. stdout carries results (and, from `keys create`, the secret);
 * stderr carries notices, errors and the `--verbose` log, and every write to it is scrubbed of the
 * API key, any secret the command has seen, and anything shaped like a ModelGates key.
 */

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Something that looks like a full key (`sk-or-v1-` + 64 hex); a label like `sk-or-v1-au7...890` does not. */
const KEY_SHAPE = /\bsk-[A-Za-z0-9_-]{20,}/g;
const REDACTED = '[redacted]';

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out.replace(KEY_SHAPE, REDACTED);
}

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb. */
export function colorEnabled(stream: Stream, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
}

const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39] } as const;
export type Style = keyof typeof CODES;
export type Paint = (style: Style, text: string) => string;

const paintWith =
  (on: boolean): Paint =>
  (style, text) =>
    on ? `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m` : text;

export class Output {
  readonly #stdout: Stream;
  readonly #stderr: Stream;
  readonly #secrets: string[] = [];
  /** Paints stdout text (a no-op unless stdout is a terminal and colour is allowed). */
  readonly paint: Paint;
  /** Paints stderr text. */
  readonly paintErr: Paint;

  constructor(stdout: Stream, stderr: Stream, env: Record<string, string | undefined>) {
    this.#stdout = stdout;
    this.#stderr = stderr;
    this.paint = paintWith(colorEnabled(stdout, env));
    this.paintErr = paintWith(colorEnabled(stderr, env));
  }

  /** Never written to stderr, whatever happens. */
  addSecret(secret: string | undefined): void {
    if (secret) this.#secrets.push(secret);
  }

  out(text: string): void {
    this.#stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  err(text: string): void {
    const safe = redact(text, this.#secrets);
    this.#stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
  }

  /** `--json`: the API's own JSON, pretty-printed. */
  json(value: unknown): void {
    this.out(JSON.stringify(value, null, 2));
  }
}
