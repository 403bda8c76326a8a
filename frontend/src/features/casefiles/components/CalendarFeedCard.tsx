import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ProblemAlert } from '@/components';
import { formatDateTime } from '@/lib/dates';
import { feedUrl, useCalendarFeedLink, useRenewCalendarFeed } from '../api/calendarFeed';

/** The address of the worker's calendar feed, to copy into Outlook, and its renewal. */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation('casefiles');
  const link = useCalendarFeedLink();
  const renew = useRenewCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const [renewed, setRenewed] = useState(false);
  const url = link.data ? feedUrl(link.data.path, i18n.language) : '';
  return (
    <Card withBorder component="section" aria-labelledby="agenda-feed" data-testid="calendar-feed">
      <Title order={2} size="h4" mb="sm" id="agenda-feed">
        {t('feed.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('feed.explanation')}</Text>
        <Text size="sm">{t('feed.secret')}</Text>
        {link.isError ? (
          <ProblemAlert error={link.error} />
        ) : (
          <>
            <TextInput label={t('feed.address')} value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
            {link.data && (
              <Text size="xs">{t('feed.since', { date: formatDateTime(link.data.createdAt, i18n.language) })}</Text>
            )}
            <Group gap="sm">
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="outline" onClick={copy} disabled={!url}>
                    {copied ? t('feed.copied') : t('feed.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="subtle" color="red.9" onClick={() => setConfirming(true)} disabled={!url}>
                {t('feed.renew')}
              </Button>
            </Group>
          </>
        )}
        <div role="status">{renewed && <Text size="sm">{t('feed.renewed')}</Text>}</div>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('feed.renewTitle')}
        message={t('feed.renewMessage')}
        confirmLabel={t('feed.renew')}
        loading={renew.isPending}
        error={renew.error}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          renew.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setRenewed(true);
            },
          })
        }
      />
    </Card>
  );
}
