// A validator for the JSON Schema draft-04 keywords that the OCI runtime-spec and image-spec
// schemas use, so that the tests hold podctl's specs and images against the specs' own
// schemas with no dependency. A keyword it does not implement throws instead of passing
// silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Schema = Record<string, unknown>;

/** Keywords that constrain nothing. */
// `format` and `media` are not checked: the OCI schemas use them for documentation only.
const ANNOTATIONS = new Set(['$schema', 'id', 'description', 'definitions', 'title', 'default', 'media', 'format']);

export class JsonSchemaValidator {
  private readonly files = new Map<string, Schema>();

  /** `dir` holds the schema files that refs name. */
  constructor(private readonly dir: string) {}

  /** The problems of value against a schema ("file.json" or "file.json#/pointer"), none when valid, each "path: problem". */
  validate(value: unknown, ref: string): string[] {
    const errors: string[] = [];
    const { schema, file } = this.resolve(ref, ref.split('#', 1)[0]!);
    this.check(schema, file, value, '$', errors);
    return errors;
  }

  private load(file: string): Schema {
    let schema = this.files.get(file);
    if (!schema) {
      schema = JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as Schema;
      this.files.set(file, schema);
    }
    return schema;
  }

  /** "file.json#/pointer", "file.json" or "#/pointer", seen in file. */
  private resolve(ref: string, file: string): { schema: Schema; file: string } {
    const [target = '', pointer = ''] = ref.split('#', 2);
    const refFile = target === '' ? file : target;
    let node: unknown = this.load(refFile);
    for (const part of pointer.split('/').filter(Boolean)) {
      node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
      if (node === undefined) throw new Error(`unresolvable $ref ${ref} in ${file}`);
    }
    return { schema: node as Schema, file: refFile };
  }

  private passes(schema: Schema, file: string, value: unknown, path: string): boolean {
    const errors: string[] = [];
    this.check(schema, file, value, path, errors);
    return errors.length === 0;
  }

  private check(schema: Schema, file: string, value: unknown, path: string, errors: string[]): void {
    // draft-04: a $ref replaces the schema it stands in; its siblings are ignored.
    if (typeof schema['$ref'] === 'string') {
      const r = this.resolve(schema['$ref'], file);
      this.check(r.schema, r.file, value, path, errors);
      return;
    }
    for (const [keyword, arg] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue;
      const fail = (problem: string) => errors.push(`${path}: ${problem}`);
      switch (keyword) {
        case 'type': {
          const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
          if (!types.some((t) => hasType(value, t))) fail(`is ${typeName(value)}, not ${types.join(' or ')}`);
          break;
        }
        case 'properties':
          if (isObject(value)) {
            for (const [name, sub] of Object.entries(arg as Record<string, Schema>)) {
              if (Object.hasOwn(value, name)) this.check(sub, file, value[name], `${path}.${name}`, errors);
            }
          }
          break;
        case 'patternProperties':
          if (isObject(value)) {
            for (const [pattern, sub] of Object.entries(arg as Record<string, Schema>)) {
              const re = new RegExp(pattern, 'u');
              for (const [name, v] of Object.entries(value))
                if (re.test(name)) this.check(sub, file, v, `${path}[${JSON.stringify(name)}]`, errors);
            }
          }
          break;
        case 'additionalProperties':
          if (isObject(value)) {
            const named = Object.keys(schema['properties'] ?? {});
            const patterns = Object.keys((schema['patternProperties'] ?? {}) as Schema).map((p) => new RegExp(p, 'u'));
            for (const [name, v] of Object.entries(value)) {
              if (named.includes(name) || patterns.some((re) => re.test(name))) continue;
              if (arg === false) fail(`has no property ${name}`);
              else if (isObject(arg)) this.check(arg, file, v, `${path}[${JSON.stringify(name)}]`, errors);
            }
          }
          break;
        case 'required':
          if (isObject(value))
            for (const name of arg as string[]) if (!Object.hasOwn(value, name)) fail(`lacks ${name}`);
          break;
        case 'items':
          if (Array.isArray(arg)) throw new Error(`tuple-form items (in ${file}) is not supported by this validator`);
          if (Array.isArray(value))
            value.forEach((v, i) => this.check(arg as Schema, file, v, `${path}[${i}]`, errors));
          break;
        case 'minItems':
          if (Array.isArray(value) && value.length < (arg as number)) fail(`fewer than ${String(arg)} items`);
          break;
        case 'uniqueItems':
          if (
            arg === true &&
            Array.isArray(value) &&
            new Set(value.map((v) => JSON.stringify(v))).size !== value.length
          )
            fail('has duplicate items');
          break;
        case 'pattern':
          if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value))
            fail(`${JSON.stringify(value)} does not match ${String(arg)}`);
          break;
        case 'minimum':
          if (typeof value === 'number' && value < (arg as number)) fail(`${value} < ${String(arg)}`);
          break;
        case 'maximum':
          if (typeof value === 'number' && value > (arg as number)) fail(`${value} > ${String(arg)}`);
          break;
        case 'enum':
          if (!(arg as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value)))
            fail(`${JSON.stringify(value)} not in ${JSON.stringify(arg)}`);
          break;
        case 'oneOf':
        case 'anyOf': {
          const passing = (arg as Schema[]).filter((sub) => this.passes(sub, file, value, path)).length;
          if (keyword === 'oneOf' ? passing !== 1 : passing === 0) fail(`matches ${passing} of the ${keyword} schemas`);
          break;
        }
        case 'allOf':
          for (const sub of arg as Schema[]) this.check(sub, file, value, path, errors);
          break;
        default:
          throw new Error(`JSON Schema keyword ${keyword} (in ${file}) is not supported by this validator`);
      }
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'null':
      return v === null;
    default:
      return typeof v === t;
  }
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
