// Error classes carry an exit code and a cause; `toError` turns anything thrown into an Error.

// An output that cannot be written is as fatal to the run's purpose as bad usage: both exit 2.
export const EXIT = { ok: 0, someFailed: 1, usage: 2, unwritableOutput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UsageError extends Error {
  readonly exitCode: ExitCode = EXIT.usage;
}

/** A record that cannot become a graph. Names the input file, its line or id, and the reason. */
export class RecordError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly where: { readonly line?: number; readonly id?: string } = {},
    options?: ErrorOptions,
  ) {
    super(`${file}${where.line !== undefined ? `:${where.line}` : ''}${where.id !== undefined ? ` (id ${where.id})` : ''}: ${reason}`, options);
  }
}

export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown));
}
