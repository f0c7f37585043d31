/** A bad command line: an unknown flag, a missing argument, a bad value. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose help to point at, e.g. `keys create`. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** Exit codes, as documented in `modelgates --help`. */
export const EXIT_OK = 0;
export const EXIT_API = 1;
export const EXIT_USAGE = 2;
