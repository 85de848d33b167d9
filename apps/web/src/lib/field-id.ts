/** The element id of a form field, from the form's id and the field's dotted path (`fields.0.value`). */
export function fieldId(formId: string, path: string): string {
  const safe = path.replace(/[^A-Za-z0-9_-]+/g, '-');
  return safe === '' ? formId : `${formId}-${safe}`;
}
