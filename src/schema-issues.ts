/**
 * How a zod issue reads, everywhere podctl checks input against a schema: where it is
 * (`layers[0].digest`, `manifests[1].platform["os.version"]`) and what is wrong (`required`,
 * `expected string, got number`, `must be one of table, json`), as one line. A schema that words
 * an issue itself keeps its words; these are the words for the rest. Callers add their own
 * prefix (`invalid image manifest: `) and name nothing of the CLI: only the CLI names flags.
 */
import * as z from 'zod/mini';
import { invalidArgument, type PodctlError } from './errors.js';

/** JSON for a value in a message; what JSON cannot write (NaN, bigint, symbol), as String does. */
function quote(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isNaN(value) ? 'NaN' : typeof value;
}

/** `layers[0].digest`, `manifests[1].platform["os.version"]`; '' for the document itself. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${i === 0 ? '' : '.'}${key}`
          : `[${quote(String(key))}]`,
    )
    .join('');
}

export interface IssueWording {
  /**
   * How a value of the wrong type is shown: by its type (`expected object, got array`, the
   * default) or as JSON (`expected object, got []`).
   */
  got?: 'type' | 'value';
}

const TYPE_NAMES: Record<string, string> = { record: 'object' };

function countOf(n: number | bigint, one: string): string {
  return `${n} ${one}${n === 1 || n === 1n ? '' : 's'}`;
}

/** The words for a size or length out of range, or undefined for an origin with none. */
function rangeMessage(iss: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig>): string | undefined {
  const small = iss.code === 'too_small';
  const bound = small ? iss.minimum : iss.maximum;
  const unit =
    iss.origin === 'string' ? 'character' : iss.origin === 'array' || iss.origin === 'set' ? 'item' : undefined;
  if (unit !== undefined) {
    if (small && bound === 1 && !iss.exact) return 'must not be empty';
    const how = iss.exact ? 'exactly' : small ? 'at least' : 'at most';
    return `must have ${how} ${countOf(bound, unit)}`;
  }
  if (iss.origin !== 'number' && iss.origin !== 'int' && iss.origin !== 'bigint') return undefined;
  const got = `, got ${quote(iss.input)}`;
  if (small && bound === 0 && iss.inclusive) return `must not be negative${got}`;
  const how = small ? (iss.inclusive ? 'at least' : 'greater than') : iss.inclusive ? 'at most' : 'less than';
  return `must be ${how} ${String(bound)}${got}`;
}

/**
 * The error map that words what a schema leaves unworded; pass it to safeParse (`{ error }`), or
 * use checkSchema, which does.
 */
export function issueWording(wording: IssueWording = {}): z.core.$ZodErrorMap {
  const shown = wording.got === 'value' ? quote : typeName;
  return (iss) => {
    switch (iss.code) {
      case 'invalid_type':
        if (iss.input === undefined) return 'required';
        if (iss.expected === 'int') return `expected an integer, got ${quote(iss.input)}`;
        return `expected ${TYPE_NAMES[iss.expected] ?? iss.expected}, got ${shown(iss.input)}`;
      case 'invalid_value':
        if (iss.input === undefined) return 'required';
        return iss.values.length === 1
          ? `must be ${String(iss.values[0])}`
          : `must be one of ${iss.values.map(String).join(', ')}`;
      case 'unrecognized_keys':
        return `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.join(', ')}`;
      case 'invalid_union': {
        if (iss.input === undefined) return 'required';
        // Branches that each failed on the value's type alone: `expected string or array, got number`.
        const expected = iss.errors.map((branch) => {
          const only = branch.length === 1 ? branch[0] : undefined;
          return only?.code === 'invalid_type' && only.path.length === 0
            ? (TYPE_NAMES[only.expected] ?? only.expected)
            : undefined;
        });
        if (expected.length > 0 && expected.every((e) => e !== undefined))
          return `expected ${[...new Set(expected)].join(' or ')}, got ${shown(iss.input)}`;
        return 'matches none of the allowed forms';
      }
      case 'too_small':
      case 'too_big':
        return rangeMessage(iss) ?? 'out of range';
      case 'invalid_format':
        return iss.format === 'regex' && iss.pattern !== undefined
          ? `must match ${iss.pattern}, got ${quote(iss.input)}`
          : `invalid ${iss.format} ${quote(iss.input)}`;
      case 'not_multiple_of':
        return `must be a multiple of ${iss.divisor}, got ${quote(iss.input)}`;
      case 'invalid_key':
        return 'invalid key';
      default:
        return 'invalid value';
    }
  };
}

/** The first problem of a failed parse, placed. */
export interface SchemaProblem {
  /** Where: `layers[0].digest`, or '' for the document itself. */
  at: string;
  /** What: the schema's words, else issueWording's. */
  message: string;
  /** The zod issue, for a caller that says more (the CLI names a flag by its path). */
  issue: z.core.$ZodIssue | undefined;
}

/** `at: message`, or the message alone for the document itself. */
export function problemLine(problem: Pick<SchemaProblem, 'at' | 'message'>): string {
  return problem.at === '' ? problem.message : `${problem.at}: ${problem.message}`;
}

/** The first issue of a zod error, placed; for an error from a parse given issueWording. */
export function firstProblem(error: z.core.$ZodError): SchemaProblem {
  const issue = error.issues[0];
  return { at: issue ? formatIssuePath(issue.path) : '', message: issue?.message ?? 'invalid value', issue };
}

export type SchemaCheck<T> =
  { success: true; data: T } | { success: false; problem: SchemaProblem; error: z.core.$ZodError };

/** safeParse in the shared wording; a failure is its first problem, for a caller that wraps it its own way. */
export function checkSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  wording?: IssueWording,
): SchemaCheck<z.core.output<S>> {
  const result = z.safeParse(schema, input, { error: issueWording(wording) });
  if (result.success) return { success: true, data: result.data };
  return { success: false, problem: firstProblem(result.error), error: result.error };
}

/** The one-line invalid-argument error for a failed check: `${prefix}${at}: ${message}`. */
export function invalidInput(
  prefix: string,
  failed: { problem: SchemaProblem; error: z.core.$ZodError },
  hint?: string,
): PodctlError {
  return invalidArgument(`${prefix}${problemLine(failed.problem)}`, {
    cause: failed.error,
    ...(hint === undefined ? {} : { hint }),
  });
}

/**
 * The input, checked; else invalid-argument in one line, `prefix` first:
 * `invalid image manifest: layers[0].size: expected an integer, got 1.5`.
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  prefix: string,
  wording?: IssueWording,
): z.core.output<S> {
  const result = checkSchema(schema, input, wording);
  if (result.success) return result.data;
  throw invalidInput(prefix, result);
}
