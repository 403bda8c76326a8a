import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, ProblemAlert } from '@/components';
import { formatDateTime } from '@/lib/dates';
import { useAttachments } from '../api/attachments';
import { toEntryFormValues, toEntryInput, useCaseEntries, useUpdateEntry } from '../api/entries';
import type { Attachment, CaseEntry, EntryKind } from '../api/types';
import { AttachmentList, AttachmentUpload, PrivateAttachmentNote } from './Attachments';
import { PrivateBadge } from './badges';
import { EntryForm } from './EntryForm';

const KIND_ICONS: Record<EntryKind, string> = {
  'office-interview': '🏢',
  'drop-in': '🚪',
  'phone-call': '📞',
  'home-visit': '🏠',
  'letter-email': '✉️',
  'welcome-visit': '👋',
  handover: '🔁',
};

/**
 * What the entry says. A handover is stored language-neutral (who to whom): it reads in the
 * reader's language; an old one without those names keeps the text it was written with.
 */
function useEntryText(entry: CaseEntry): { summary: string; note?: string } {
  const { t } = useTranslation('casefiles');
  const handover = entry.handover;
  if (!handover) return { summary: entry.summary, note: entry.note };
  const summary = handover.from
    ? t('entry.handoverSummary', { from: handover.from.displayName, to: handover.to.displayName })
    : t('entry.handoverSummaryNoFrom', { to: handover.to.displayName });
  const note =
    handover.reason === 'reassigned'
      ? t('entry.handoverNoteReassigned')
      : handover.reason === 'site-referent-changed'
        ? t('entry.handoverNoteSiteReferent')
        : t('entry.handoverNote');
  return { summary, note };
}

interface EntryCardProps {
  entry: CaseEntry;
  caseFileId: string;
  userId?: string;
  attachments: Attachment[];
  canAttach: boolean;
}

function EntryCard({ entry, caseFileId, userId, attachments, canAttach }: EntryCardProps) {
  const { t, i18n } = useTranslation('casefiles');
  const mine = !!userId && entry.author.id === userId;
  const [editing, setEditing] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const update = useUpdateEntry(caseFileId);
  const editable = mine && entry.kind !== 'handover';
  const headingId = `entry-${entry.id}`;
  const text = useEntryText(entry);

  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={headingId} data-testid="case-entry">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Title order={3} size="h5" id={headingId}>
          <span aria-hidden="true">{KIND_ICONS[entry.kind]} </span>
          {t(`kinds.${entry.kind}`)} — {text.summary}
        </Title>
        {entry.visibility === 'private' && <PrivateBadge />}
      </Group>
      <Text size="sm" mt={4}>
        {t('entry.byOn', { name: entry.author.displayName, date: formatDateTime(entry.occurredAt, i18n.language) })}
      </Text>
      {entry.participants && (
        <Text size="sm">
          <Text span size="sm" fw={600}>
            {t('common:format.label', { label: t('entry.participants') })}
          </Text>{' '}
          {entry.participants}
        </Text>
      )}
      {editing ? (
        <Card withBorder mt="sm" padding="sm">
          <EntryForm
            defaultValues={toEntryFormValues(entry)}
            label={t('entry.editLabel')}
            submitLabel={t('entry.save')}
            onCancel={() => setEditing(false)}
            submit={async (values) => {
              await update.mutateAsync({ entry, input: toEntryInput(values) });
              setEditing(false);
            }}
          />
        </Card>
      ) : (
        <>
          {text.note && (
            <Text mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="entry-note">
              {text.note}
            </Text>
          )}
          {attachments.length > 0 && (
            <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
              <AttachmentList
                caseFileId={caseFileId}
                attachments={attachments}
                userId={userId}
                label={t('attachments.ofEntry', { summary: entry.summary })}
              />
            </div>
          )}
          {attaching ? (
            <Card withBorder mt="sm" padding="sm">
              <Stack gap="xs">
                {entry.visibility === 'private' && <PrivateAttachmentNote />}
                <AttachmentUpload caseFileId={caseFileId} entryId={entry.id} onDone={() => setAttaching(false)} />
              </Stack>
            </Card>
          ) : (
            (editable || (canAttach && entry.kind !== 'handover')) && (
              <Group mt="xs" gap="xs">
                {editable && (
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => setEditing(true)}
                    aria-label={t('entry.editNamed', { summary: entry.summary })}
                  >
                    {t('entry.edit')}
                  </Button>
                )}
                {canAttach && entry.kind !== 'handover' && (
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => setAttaching(true)}
                    aria-label={t('attachments.addToEntryNamed', { summary: entry.summary })}
                  >
                    {t('attachments.addToEntry')}
                  </Button>
                )}
              </Group>
            )
          )}
        </>
      )}
    </Card>
  );
}

/** The file's entries, newest first, with older pages on demand. */
export function Timeline({
  caseFileId,
  enabled,
  userId,
  canAttach = false,
}: {
  caseFileId: string;
  enabled: boolean;
  userId?: string;
  canAttach?: boolean;
}) {
  const { t } = useTranslation('casefiles');
  const entries = useCaseEntries(caseFileId, enabled);
  const attachments = useAttachments(caseFileId, enabled);
  if (entries.isPending) return <LoadingState />;
  if (entries.isError) return <ProblemAlert error={entries.error} />;
  const items = entries.data.pages.flatMap((p) => p.items);
  const total = entries.data.pages[0]?.page.totalItems ?? items.length;
  if (items.length === 0) return <EmptyState message={t('timeline.empty')} />;
  return (
    <Stack gap="sm">
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('timeline.title')}>
        {items.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            caseFileId={caseFileId}
            userId={userId}
            attachments={(attachments.data ?? []).filter((a) => a.entryId === entry.id)}
            canAttach={canAttach}
          />
        ))}
      </Stack>
      <Text size="sm" aria-live="polite">
        {t('timeline.shown', { shown: items.length, total })}
      </Text>
      {entries.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
            {t('timeline.loadMore')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
