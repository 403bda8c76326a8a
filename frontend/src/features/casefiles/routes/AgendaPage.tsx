import { Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, ForbiddenState, LoadingState, PageHeader, ProblemAlert } from '@/components';
import { formatDate, toDateValue } from '@/lib/dates';
import { AGENDA_GROUPS, groupAgenda, type AgendaGroup, type AgendaRow } from '../agendaGroups';
import { isAccessReasonRequired, toAccessReasonHeader } from '../api/accessReason';
import { useAgenda, useTickTask } from '../api/tasks';
import type { FollowUpTask } from '../api/types';
import { AccessReasonDialog } from '../components/AccessReasonDialog';
import { AgendaRows } from '../components/AgendaRows';
import { CalendarFeedCard } from '../components/CalendarFeedCard';
import { useCaseFilePermissions } from '../permissions';

function AgendaSection({ group, rows, today, onTick, ticking }: { group: AgendaGroup; rows: AgendaRow[]; today: string; onTick: (task: FollowUpTask) => void; ticking?: string }) {
  const { t } = useTranslation('casefiles');
  const headingId = `agenda-${group}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={`agenda-${group}`}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t(`agenda.${group}`)} ({rows.length})
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{t('agenda.none')}</Text>
      ) : (
        <AgendaRows rows={rows} labelledBy={headingId} today={today} onTick={onTick} ticking={ticking} />
      )}
    </Card>
  );
}

/**
 * Everything ahead of the caller: open follow-up tasks and planned appointments, overdue, today, in the coming
 * week and later; a task is ticked done here. Below, the address of the worker's calendar feed.
 */
export function AgendaPage() {
  const { t, i18n } = useTranslation('casefiles');
  const { canRead } = useCaseFilePermissions();
  const today = toDateValue();
  const agenda = useAgenda(today, canRead);
  const tick = useTickTask();
  const [ticking, setTicking] = useState<FollowUpTask | null>(null);
  const [needsReason, setNeedsReason] = useState<FollowUpTask | null>(null);
  const [ticked, setTicked] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<unknown>(null);
  if (!canRead) return <ForbiddenState />;

  const send = (task: FollowUpTask, reason?: string) => {
    setTicking(task);
    setTicked(null);
    return tick
      .mutateAsync({ task, reason })
      .then(() => {
        setTicked(task.title);
        setNeedsReason(null);
      })
      .catch((error: unknown) => {
        // Outside one's caseload, the reason is asked once per file; any other failure is shown where it was asked.
        if (isAccessReasonRequired(error)) setNeedsReason(task);
        else if (reason) setReasonError(error);
      })
      .finally(() => setTicking(null));
  };

  const groups = agenda.data ? groupAgenda(agenda.data) : null;
  return (
    <Stack gap="lg">
      <PageHeader title={t('agenda.title')}>
        <Text size="sm" mt={4}>
          {t('agenda.subtitle', { date: formatDate(agenda.data?.today ?? today, i18n.language) })}
        </Text>
      </PageHeader>
      <div role="status">{ticked && <Text size="sm">{t('agenda.ticked', { title: ticked })}</Text>}</div>
      {tick.isError && !isAccessReasonRequired(tick.error) && !needsReason && <ProblemAlert error={tick.error} />}
      {agenda.isPending ? (
        <LoadingState />
      ) : agenda.isError || !groups ? (
        <ErrorState error={agenda.error} />
      ) : (
        <>
          {AGENDA_GROUPS.every((g) => groups[g].length === 0) && <EmptyState message={t('agenda.empty')} />}
          {AGENDA_GROUPS.map((g) => (
            <AgendaSection key={g} group={g} rows={groups[g]} today={agenda.data.today} onTick={(task) => void send(task)} ticking={ticking?.id} />
          ))}
        </>
      )}
      <CalendarFeedCard />
      <AccessReasonDialog
        opened={needsReason !== null}
        error={reasonError}
        onCancel={() => {
          setNeedsReason(null);
          setReasonError(null);
        }}
        onSubmit={async (text) => {
          setReasonError(null);
          if (needsReason) await send(needsReason, toAccessReasonHeader(text));
        }}
      />
    </Stack>
  );
}
