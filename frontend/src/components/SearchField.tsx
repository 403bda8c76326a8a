import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  delay?: number;
}

/** A search box that reports what was typed after a short pause, or at once on Enter. */
export function SearchField({ label, value, onChange, placeholder, delay = 350 }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback((next: string) => onChange(next.trim()), delay);

  // Follow the URL when it changes from outside (back button, a link).
  // Keep what is being typed (e.g. a trailing space) when it is what the URL already says.
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      maxLength={100}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          debounced.cancel();
          onChange(text.trim());
        }
      }}
    />
  );
}
