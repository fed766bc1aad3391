// The OCI image-spec schemas (vendored beside this file) and the validator for them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonSchemaValidator } from '../../helpers/json-schema.js';

export const OCI_IMAGE_SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'oci-image-spec-schema');

export class SchemaValidator {
  private readonly validator = new JsonSchemaValidator(OCI_IMAGE_SCHEMA_DIR);

  /** The errors of value against the schema in file (empty when valid), each as "path: problem". */
  validate(file: string, value: unknown): string[] {
    return this.validator.validate(value, file);
  }
}
