import type { z } from 'zod';
import { registerDescriptionSchema, type RegisterDescription } from './register-description-schema';

export interface RegisterDescriptionIssue {
  /** Dotted path into the description, e.g. `registers.0.retention.0.years`; `(root)` for the whole. */
  path: string;
  message: string;
}

export class RegisterDescriptionError extends Error {
  override readonly name = 'RegisterDescriptionError';
  readonly issues: readonly RegisterDescriptionIssue[];

  constructor(issues: readonly RegisterDescriptionIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

export type SafeParseRegisterDescriptionResult =
  | { success: true; data: RegisterDescription }
  | { success: false; error: RegisterDescriptionError };

/**
 * Validates a register description, e.g. the parsed
 * `config/register-description.yaml`. Problems come back as one line each,
 * `path: problem`, so whoever edits the file sees every mistake at once.
 */
export function safeParseRegisterDescription(input: unknown): SafeParseRegisterDescriptionResult {
  const result = registerDescriptionSchema.safeParse(input, { error: describeIssue });
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new RegisterDescriptionError(result.error.issues.map(toIssue)) };
}

/** Like `safeParseRegisterDescription`, but throws `RegisterDescriptionError`. */
export function parseRegisterDescription(input: unknown): RegisterDescription {
  const result = safeParseRegisterDescription(input);
  if (!result.success) throw result.error;
  return result.data;
}

function toIssue(issue: z.core.$ZodIssue): RegisterDescriptionIssue {
  const path = issue.path.map(String).join('.');
  return { path: path === '' ? '(root)' : path, message: issue.message };
}

function formatIssues(issues: readonly RegisterDescriptionIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return [
    `Invalid register description (${count}):`,
    ...issues.map((i) => `- ${i.path}: ${i.message}`),
  ].join('\n');
}

/**
 * Messages for issues the schema leaves to zod's defaults, worded for a
 * person editing YAML. Returning undefined keeps zod's own message.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_format' && issue.format === 'date')
    return 'expected a date written YYYY-MM-DD';
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  if (
    issue.code === 'invalid_union' &&
    issue.discriminator !== undefined &&
    Array.isArray(issue.options)
  ) {
    return `expected ${issue.discriminator} to be one of ${issue.options.map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map(String).join(', ')}`;
  }
  return undefined;
}
