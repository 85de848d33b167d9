import type { RegisterDescription, RetentionRule } from '@oikeus/domain';

/**
 * The machine-readable retention rules of every register in the description
 * (the notice's section 5). The retention job reads them from here only, so a
 * changed period in config/register-description.yaml changes the next run
 * without a code change.
 */
export function retentionRulesOf(description: RegisterDescription): RetentionRule[] {
  return description.registers.flatMap((register) =>
    register.retention.map(({ explanation: _explanation, ...rule }) => rule),
  );
}
