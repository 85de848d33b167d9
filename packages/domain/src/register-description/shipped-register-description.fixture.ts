// Test-only helper: the domain itself never reads files; the API reads the
// shipped description and hands the parsed YAML to parseRegisterDescription.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const shippedRegisterDescriptionPath = new URL(
  '../../../../config/register-description.yaml',
  import.meta.url,
);

/** The shipped YAML as plain data, before validation; a fresh copy on every call. */
export function readShippedRegisterDescription(): Record<string, unknown> {
  return parse(readFileSync(shippedRegisterDescriptionPath, 'utf8')) as Record<string, unknown>;
}
