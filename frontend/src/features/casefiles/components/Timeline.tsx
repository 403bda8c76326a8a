import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, ProblemAlert } from '@/components';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/dates';
import { useAttachments } from '../api/attachments';
import {
  hasTimelineFilters,
  toEntryFormValues,
  toEntryInput,
  useCaseEntries,
  useEntryVersions,
  useUpdateEntry,
} from '../api/entries';
import type { Attachment, CaseEntry, EntryKind } from '../api/types';
import { AttachmentList, AttachmentUpload, PrivateAttachmentNote } from './Attachments';
import { PrivateBadge } from './badges';
import { EntryForm } from './EntryForm';
import { isPeriodReversed, TimelineFilterBar, useTimelineFilters } from './TimelineFilters';

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
 * What the entry says, its title first: the summary (its kind is shown beside it, as a label). A
 * handover is stored language-neutral (who to whom): it reads in the reader's language; an old one
 * without those names keeps the text it was written with.
 */
function useEntryText(entry: CaseEntry): { title: string; summary: string; note?: string } {
  const { t } = useTranslation('casefiles');
  const handover = entry.handover;
  if (!handover) return { title: entry.summary || t(`kinds.${entry.kind}`), summary: entry.summary, note: entry.note };
  const summary = handover.from
    ? t('entry.handoverSummary', { from: handover.from.displayName, to: handover.to.displayName })
    : t('entry.handoverSummaryNoFrom', { to: handover.to.displayName });
  const title = handover.from
    ? t('history.handoverTitle', { from: handover.from.displayName, to: handover.to.displayName })
    : t('history.handoverTitleNoFrom', { to: handover.to.displayName });
  const note =
    handover.reason === 'reassigned'
      ? t('entry.handoverNoteReassigned')
      : handover.reason === 'site-referent-changed'
        ? t('entry.handoverNoteSiteReferent')
        : t('entry.handoverNote');
  return { title, summary, note };
}

function KindBadge({ kind }: { kind: EntryKind }) {
  const { t } = useTranslation('casefiles');
  return (
    <Badge variant="outline" color="gray.8" tt="none" data-testid="entry-kind">
      <span aria-hidden="true">{KIND_ICONS[kind]} </span>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

/** The earlier versions of an entry, newest first, read when the reader opens them. */
function EntryVersions({ caseFileId, entry, id }: { caseFileId: string; entry: CaseEntry; id: string }) {
  const { t, i18n } = useTranslation('casefiles');
  const versions = useEntryVersions(caseFileId, entry.id, true);
  return (
    <div id={id} style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
      {versions.isPending ? (
        <LoadingState />
      ) : versions.isError ? (
        <ProblemAlert error={versions.error} />
      ) : versions.data.length === 0 ? (
        <Text size="sm">{t('history.none')}</Text>
      ) : (
        <Stack
          component="ol"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('history.listLabel', { summary: entry.summary })}
        >
          {versions.data.map((version) => (
            <Card component="li" key={version.version} withBorder padding="xs" bg="gray.0" data-testid="entry-version">
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {t('history.writtenBy', {
                    name: version.writtenBy.displayName,
                    date: formatDateTime(version.writtenAt, i18n.language),
                  })}
                </Text>
                <KindBadge kind={version.kind} />
                {version.visibility === 'private' && <PrivateBadge />}
              </Group>
              <Text size="sm">{version.summary}</Text>
              <Text size="sm">
                {t('history.occurredAt', { date: formatDateTime(version.occurredAt, i18n.language) })}
              </Text>
              {version.participants && (
                <Text size="sm">
                  {t('common:format.label', { label: t('entry.participants') })} {version.participants}
                </Text>
              )}
              {version.note && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {version.note}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </div>
  );
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
  const [showVersions, setShowVersions] = useState(false);
  const headingId = `entry-${entry.id}`;
  const versionsId = `entry-versions-${entry.id}`;
  const text = useEntryText(entry);

  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={headingId} data-testid="case-entry">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Group gap="xs" align="center" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {text.title}
          </Title>
          <KindBadge kind={entry.kind} />
        </Group>
        {entry.visibility === 'private' && <PrivateBadge />}
      </Group>
      <Text size="sm" mt={4}>
        {t('entry.byOn', { name: entry.author.displayName, date: formatDateTime(entry.occurredAt, i18n.language) })}
      </Text>
      {entry.editedAt && (
        <Group gap="xs" wrap="wrap" data-testid="entry-edited">
          <Text size="sm" c="dimmed">
            {entry.editedBy
              ? t('history.edited', {
                  date: formatDateTime(entry.editedAt, i18n.language),
                  name: entry.editedBy.displayName,
                })
              : t('history.editedNoName', { date: formatDateTime(entry.editedAt, i18n.language) })}
          </Text>
          {/* Transparent: a subtle button's hover background leaves its text below 4.5:1 (axe, after a click). */}
          <Button
            variant="transparent"
            color="blue.9"
            size="compact-xs"
            aria-expanded={showVersions}
            aria-controls={showVersions ? versionsId : undefined}
            onClick={() => setShowVersions((shown) => !shown)}
            aria-label={t(showVersions ? 'history.hideNamed' : 'history.showNamed', { summary: text.title })}
          >
            {t(showVersions ? 'history.hide' : 'history.show')}
          </Button>
        </Group>
      )}
      {entry.editedAt && showVersions && <EntryVersions caseFileId={caseFileId} entry={entry} id={versionsId} />}
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

/** The authors the timeline has shown (and the caller), remembered so that filtering keeps them offered. */
function useKnownAuthors(items: CaseEntry[], userId?: string) {
  const me = useCurrentUser();
  const [known, setKnown] = useState<Record<string, string>>({});
  const seen = Object.fromEntries(items.map((e) => [e.author.id, e.author.displayName]));
  // Remembered during render (React's pattern for state derived from earlier renders), not in an effect.
  if (Object.keys(seen).some((id) => !(id in known))) setKnown({ ...known, ...seen });
  const all = { ...known, ...seen, ...(userId && me.id === userId ? { [userId]: me.displayName } : {}) };
  return Object.entries(all)
    .map(([id, displayName]) => ({ id, displayName }))
    .sort((a, b) => (a.id === userId ? -1 : b.id === userId ? 1 : a.displayName.localeCompare(b.displayName)));
}

/** The file's entries, newest first, with older pages on demand; filtered by kind, author and period (kept in the URL). */
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
  const { filters, change, clear } = useTimelineFilters();
  const reversed = isPeriodReversed(filters);
  const entries = useCaseEntries(caseFileId, enabled && !reversed, filters);
  const attachments = useAttachments(caseFileId, enabled);
  const items = entries.data?.pages.flatMap((p) => p.items) ?? [];
  const authors = useKnownAuthors(items, userId);
  const filtered = hasTimelineFilters(filters);
  const filterBar = (
    <TimelineFilterBar filters={filters} authors={authors} userId={userId} onChange={change} onClear={clear} />
  );
  let content: ReactNode;
  if (reversed) content = null;
  else if (entries.isPending) content = <LoadingState />;
  else if (entries.isError) content = <ProblemAlert error={entries.error} />;
  else if (items.length === 0) content = <EmptyState message={t(filtered ? 'timelineFilters.noMatch' : 'timeline.empty')} />;
  else {
    const total = entries.data.pages[0]?.page.totalItems ?? items.length;
    content = (
      <>
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('timeline.title')}
          aria-busy={entries.isFetching}
        >
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
      </>
    );
  }
  // One tree whatever the state, so that the filters keep their focus while the list changes.
  return (
    <Stack gap="sm">
      {(filtered || items.length > 0) && filterBar}
      {content}
    </Stack>
  );
}
