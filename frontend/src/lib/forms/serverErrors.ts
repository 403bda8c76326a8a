import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/lib/api';

/** A problem `code` that concerns one field, with the translation key of its message. */
export interface CodeOnField<T extends FieldValues> {
  field: Path<T>;
  messageKey: string;
}

/**
 * Puts the server's validation errors on the form fields they name.
 * `violations[].field` is the JSON property name; a dotted path keeps its last segment.
 * `resolveField` may name the field first, e.g. `members[2].phone` -> `members.2.phone`.
 * Returns true when at least one error landed on a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  translate: (key: string) => string,
  codeFields: Record<string, CodeOnField<T>> = {},
  resolveField?: (violationField: string) => Path<T> | undefined,
): boolean {
  if (!isApiError(error)) return false;
  let first = true;
  let landed = false;
  const put = (field: Path<T>, message: string) => {
    setError(field, { type: 'server', message }, { shouldFocus: first });
    first = false;
    landed = true;
  };
  const byCode = codeFields[error.code];
  if (byCode) put(byCode.field, translate(byCode.messageKey));
  for (const violation of error.problem.violations ?? []) {
    const name = violation.field.split('.').pop() ?? violation.field;
    const field = resolveField?.(violation.field) ?? fields.find((f) => f === name);
    if (field) put(field, violation.message);
  }
  return landed;
}
