import { useState } from 'react';
import type { FieldError, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { applyServerErrors, type CodeOnField } from './serverErrors';

/** Client-side messages are translation keys under `validation.`; server messages come translated. */
export function fieldError(t: TFunction, error: FieldError | undefined): string | undefined {
  const message = error?.message;
  if (!message) return undefined;
  return message.startsWith('validation.') ? t(`common:${message}`) : message;
}

interface Options<T extends FieldValues> {
  form: UseFormReturn<T>;
  fields: readonly Path<T>[];
  codeFields?: Record<string, CodeOnField<T>>;
  /** Names the form field of a violation the `fields` list cannot (nested or indexed paths). */
  resolveField?: (violationField: string) => Path<T> | undefined;
  submit: (values: T) => Promise<unknown>;
}

/**
 * Submits a react-hook-form form and routes a failure: violations and field-specific codes land on
 * their fields; anything else becomes `submitError`, for an alert above the buttons.
 */
export function useSubmitHandler<T extends FieldValues>({ form, fields, codeFields, resolveField, submit }: Options<T>) {
  const { t } = useTranslation();
  const [submitError, setSubmitError] = useState<unknown>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setSubmitError(null);
    try {
      await submit(values);
    } catch (error) {
      const landed = applyServerErrors(error, form.setError, fields, (key) => t(key), codeFields, resolveField);
      if (!landed) setSubmitError(error);
    }
  });

  return { onSubmit, submitError, clearSubmitError: () => setSubmitError(null) };
}
