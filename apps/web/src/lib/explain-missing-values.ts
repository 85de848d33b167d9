// zod's built-in messages for a missing value read like a programmer's note
// ("Invalid option: expected one of …"). Where a field was simply left empty,
// say so plainly; messages the contracts wrote on purpose are kept.
import { validationMessages, type ErrorIssue, type Locale } from '@oikeus/contracts';

const chooseOne: Record<Locale, string> = {
  fi: 'Valitse yksi vaihtoehdoista.',
  sv: 'Välj ett av alternativen.',
  en: 'Choose one of the options.',
};

function valueAt(input: unknown, path: string): unknown {
  if (path === '') return input;
  let current: unknown = input;
  for (const part of path.split('.')) {
    if (current === undefined || current === null) return undefined;
    // An issue inside a value the form typed as text (a list written "7, 3, 61")
    // is about that text, which was given.
    if (typeof current !== 'object') return current;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function isDeliberate(message: string, locale: Locale): boolean {
  return Object.values(validationMessages).some((texts) => texts[locale] === message);
}

/** Issues with zod's generic wording replaced where the field was left empty or unchosen. */
export function explainMissingValues(
  issues: ErrorIssue[],
  input: unknown,
  locale: Locale,
): ErrorIssue[] {
  return issues.map((issue) => {
    if (isDeliberate(issue.message, locale)) return issue;
    const value = valueAt(input, issue.path);
    // Unchosen selects and radio groups are sent as undefined, empty text fields as ''.
    if (value === undefined) return { ...issue, message: chooseOne[locale] };
    if (typeof value === 'string' && value.trim() === '') {
      return { ...issue, message: validationMessages['text.required'][locale] };
    }
    return issue;
  });
}
