import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, switchLanguage } from '@/lib/i18n';

/** FR / NL / EN, each named in its own language; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      w={112}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLanguage(value)) void switchLanguage(i18n, value);
      }}
    >
      <option value="fr" lang="fr">
        Français
      </option>
      <option value="nl" lang="nl">
        Nederlands
      </option>
      <option value="en" lang="en">
        English
      </option>
    </NativeSelect>
  );
}
