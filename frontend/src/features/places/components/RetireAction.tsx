import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components';

interface RetireActionProps {
  title: string;
  message: string;
  retire: () => Promise<unknown>;
}

/** A "Retire" button that asks for confirmation and shows why the server refused, if it did. */
export function RetireAction({ title, message, retire }: RetireActionProps) {
  const { t } = useTranslation('places');
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setOpened(false);
    setError(null);
  };

  return (
    <>
      <Button variant="outline" color="red.8" onClick={() => setOpened(true)}>
        {t('actions.retire')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={title}
        message={message}
        confirmLabel={t('actions.confirmRetire')}
        loading={pending}
        error={error}
        onCancel={close}
        onConfirm={async () => {
          setPending(true);
          setError(null);
          try {
            await retire();
            close();
          } catch (e) {
            setError(e);
          } finally {
            setPending(false);
          }
        }}
      />
    </>
  );
}
