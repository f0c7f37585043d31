/**
 * Thrown for bad configuration or bad fixtures, before any request is served. `field` is the path
 * of the offending option (`keys[2].created_at`, `fault.status`); the message never repeats the
 * value, so an API key passed in the wrong place is not printed.
 */
export class MockConfigError extends Error {
  override readonly name = 'MockConfigError';
  readonly field: string;
  constructor(field: string, problem: string) {
    super(`@modelgates/mock: invalid ${field}: ${problem}`);
    this.field = field;
  }
}
