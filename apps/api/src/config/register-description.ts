import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegisterDescription, type RegisterDescription } from '@oikeus/domain';
import YAML from 'yaml';
import { repoRoot } from '../paths';

export class RegisterDescriptionFileError extends Error {
  override name = 'RegisterDescriptionFileError';
}

/**
 * Reads and validates the register description (the privacy notice as data)
 * once at start-up: a changed file is picked up on restart, and an invalid one
 * stops start-up with every problem listed.
 */
export function loadRegisterDescription(file: string): RegisterDescription {
  const full = path.resolve(repoRoot, file);
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new RegisterDescriptionFileError(
      `REGISTER_DESCRIPTION_PATH: cannot read ${full}: ${(error as Error).message}`,
    );
  }
  try {
    return parseRegisterDescription(raw);
  } catch (error) {
    throw new RegisterDescriptionFileError(
      `REGISTER_DESCRIPTION_PATH: ${full} is invalid:\n${(error as Error).message}`,
    );
  }
}
