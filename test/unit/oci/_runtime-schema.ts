// The OCI runtime-spec schemas (vendored beside this file) and the validator for them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonSchemaValidator } from '../../helpers/json-schema.js';

export const OCI_RUNTIME_SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'oci-runtime-spec-schema');

export class RuntimeSchemaValidator extends JsonSchemaValidator {
  constructor(dir: string = OCI_RUNTIME_SCHEMA_DIR) {
    super(dir);
  }

  override validate(value: unknown, ref = 'config-schema.json'): string[] {
    return super.validate(value, ref);
  }
}

const shared = new RuntimeSchemaValidator();

/** The schema problems of a spec as it goes over the wire (JSON), none when it is valid. */
export function runtimeSpecErrors(spec: unknown): string[] {
  return shared.validate(JSON.parse(JSON.stringify(spec)));
}
