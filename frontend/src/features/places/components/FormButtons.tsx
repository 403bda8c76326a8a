import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function FormButtons({ submitLabel, cancelTo, submitting }: { submitLabel: string; cancelTo: string; submitting: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mt="sm">
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
      <Button component={Link} to={cancelTo} variant="default">
        {t('actions.cancel')}
      </Button>
    </Group>
  );
}
