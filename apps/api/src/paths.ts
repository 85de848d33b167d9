import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, so relative paths in configuration mean the same from any entry point. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
