// Flags are input from outside: each command checks its own through a zod schema.
import * as z from 'zod/mini';
import { invalidArgument } from '../errors.js';
import { checkSchema } from '../schema-issues.js';

export const formatFlag = z.optional(z.enum(['table', 'json']));

/** Parses a command's options; a failure becomes one line naming the flag and what it takes. */
export function parseFlags<T extends z.ZodMiniType>(schema: T, raw: unknown, command: string): z.infer<T> {
  const result = checkSchema(schema, raw);
  if (result.success) return result.data;
  const { issue, message } = result.problem;
  const flag = issue?.path.length
    ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
    : 'flags';
  throw invalidArgument(`invalid value for ${flag}: ${message}`, {
    cause: result.error,
    hint: `see 'podctl ${command} --help'`,
  });
}
