import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HomeWidgetCard, LoadingState, ProblemAlert } from '@/components';
import { toDateValue } from '@/lib/dates';
import { groupAgenda } from '../agendaGroups';
import { useAgenda } from '../api/tasks';
import { useCaseFilePermissions } from '../permissions';
import { AgendaRows } from './AgendaRows';

/**
 * The home page's agenda widget for the social service: overdue tasks, and today's tasks and appointments, each
 * linking to its file, and a link to the whole agenda. Renders nothing for other roles.
 */
export function AgendaHomeWidget() {
  const { t } = useTranslation('casefiles');
  const { canRead } = useCaseFilePermissions();
  const agenda = useAgenda(toDateValue(), canRead);
  if (!canRead) return null;
  const groups = agenda.data ? groupAgenda(agenda.data) : null;
  const overdue = groups ? groups.overdue.filter((row) => row.kind === 'task') : [];
  const today = groups ? groups.dueToday : [];
  return (
    <HomeWidgetCard title={t('widget.title')} more={{ to: '/agenda', label: t('widget.all') }} data-testid="agenda-widget">
      {agenda.isPending ? (
        <LoadingState />
      ) : agenda.isError ? (
        <ProblemAlert error={agenda.error} />
      ) : (
        <Stack gap="sm">
          {overdue.length > 0 && (
            <>
              <Title order={3} size="h5" id="home-agenda-overdue">
                {t('widget.overdue')} ({overdue.length})
              </Title>
              <AgendaRows rows={overdue} labelledBy="home-agenda-overdue" today={agenda.data.today} />
            </>
          )}
          <Title order={3} size="h5" id="home-agenda-today">
            {t('widget.today')} ({today.length})
          </Title>
          {today.length === 0 ? (
            <Text size="sm">{t('widget.empty')}</Text>
          ) : (
            <AgendaRows rows={today} labelledBy="home-agenda-today" today={agenda.data.today} />
          )}
        </Stack>
      )}
    </HomeWidgetCard>
  );
}
