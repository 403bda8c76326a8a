import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UUID_PATTERN } from '../api/accessLog';

interface IdFilterProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A filter on an identifier, pasted from elsewhere: applied once it is a whole UUID (or empty). */
export function IdFilter({ label, value, onChange }: IdFilterProps) {
  const { t } = useTranslation('accesslog');
  const [text, setText] = useState(value);
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  const trimmed = text.trim();
  const invalid = trimmed !== '' && !UUID_PATTERN.test(trimmed);
  return (
    <TextInput
      label={label}
      description={t('filters.idHint')}
      value={text}
      maxLength={36}
      autoComplete="off"
      spellCheck={false}
      error={invalid ? t('filters.idInvalid') : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const v = next.trim();
        if (v === '' || UUID_PATTERN.test(v)) onChange(v.toLowerCase());
      }}
    />
  );
}
