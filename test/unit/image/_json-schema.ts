// A validator for the subset of JSON Schema draft-04 that the OCI image-spec schemas use, so
// that the tests can hold our images against the spec's own schemas without a dependency.
// A keyword it does not know fails loudly instead of passing silently.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OCI_IMAGE_SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'oci-image-spec-schema');

type Schema = Record<string, unknown>;

/** Keywords that do not constrain anything. */
const ANNOTATIONS = new Set(['$schema', 'id', 'description', 'definitions', 'media', 'format']);

export class SchemaValidator {
  private readonly files = new Map<string, Schema>();

  constructor(private readonly dir: string = OCI_IMAGE_SCHEMA_DIR) {}

  /** The errors of value against the schema in file (empty when valid), each as "path: problem". */
  validate(file: string, value: unknown): string[] {
    const errors: string[] = [];
    this.check(this.load(file), file, value, '$', errors);
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

  /** Resolves "file.json#/json/pointer", "file.json" or "#/pointer" seen in file. */
  private resolve(ref: string, file: string): { schema: Schema; file: string } {
    const [target = '', pointer = ''] = ref.split('#', 2);
    const refFile = target === '' ? file : target;
    let node: unknown = this.load(refFile);
    for (const part of pointer.split('/').filter(Boolean)) {
      node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (node === undefined) throw new Error(`unresolvable $ref ${ref} in ${file}`);
    }
    return { schema: node as Schema, file: refFile };
  }

  private check(schema: Schema, file: string, value: unknown, path: string, errors: string[]): void {
    for (const [keyword, arg] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue;
      switch (keyword) {
        case '$ref': {
          const r = this.resolve(arg as string, file);
          this.check(r.schema, r.file, value, path, errors);
          break;
        }
        case 'type': {
          const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
          if (!types.some((t) => hasType(value, t))) errors.push(`${path}: is ${typeName(value)}, not ${types.join(' or ')}`);
          break;
        }
        case 'properties':
          if (isObject(value)) {
            for (const [name, sub] of Object.entries(arg as Record<string, Schema>)) {
              if (name in value) this.check(sub, file, value[name], `${path}.${name}`, errors);
            }
          }
          break;
        case 'patternProperties':
          if (isObject(value)) {
            for (const [pattern, sub] of Object.entries(arg as Record<string, Schema>)) {
              const re = new RegExp(pattern, 'u');
              for (const [name, v] of Object.entries(value)) if (re.test(name)) this.check(sub, file, v, `${path}[${JSON.stringify(name)}]`, errors);
            }
          }
          break;
        case 'required':
          if (isObject(value)) for (const name of arg as string[]) if (!(name in value)) errors.push(`${path}: lacks ${name}`);
          break;
        case 'items':
          if (Array.isArray(value)) value.forEach((v, i) => this.check(arg as Schema, file, v, `${path}[${i}]`, errors));
          break;
        case 'minItems':
          if (Array.isArray(value) && value.length < (arg as number)) errors.push(`${path}: fewer than ${String(arg)} items`);
          break;
        case 'pattern':
          if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${String(arg)}`);
          break;
        case 'minimum':
          if (typeof value === 'number' && value < (arg as number)) errors.push(`${path}: ${value} < ${String(arg)}`);
          break;
        case 'maximum':
          if (typeof value === 'number' && value > (arg as number)) errors.push(`${path}: ${value} > ${String(arg)}`);
          break;
        case 'enum':
          if (!(arg as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(arg)}`);
          break;
        case 'oneOf':
        case 'anyOf': {
          const passing = (arg as Schema[]).filter((sub) => {
            const e: string[] = [];
            this.check(sub, file, value, path, e);
            return e.length === 0;
          }).length;
          if (keyword === 'oneOf' ? passing !== 1 : passing === 0) errors.push(`${path}: matches ${passing} of the ${keyword} schemas`);
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
