import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, FactList, ForbiddenState, LoadingState, PageHeader } from '@/components';
import { formatDateTime } from '@/lib/dates';
import { isAccessReasonRequired, toAccessReasonHeader } from '../api/accessReason';
import { useCaseFile } from '../api/caseFiles';
import { emptyEntryForm, toEntryInput, useAddEntry } from '../api/entries';
import type { CaseFile } from '../api/types';
import { AccessReasonDialog } from '../components/AccessReasonDialog';
import { CaseStatusBadge, ThemeList } from '../components/badges';
import { CaseFileActions } from '../components/CaseFileActions';
import { EntryForm } from '../components/EntryForm';
import { AttachmentsSection } from '../components/AttachmentsSection';
import { ReferralsSection } from '../components/ReferralsSection';
import { TasksSection } from '../components/TasksSection';
import { Timeline } from '../components/Timeline';
import { TransitionHistory } from '../components/TransitionHistory';
import { HouseholdSummary } from '../components/HouseholdSummary';
import { OutsideCaseloadBanner } from '../components/OutsideCaseloadBanner';
import { mayChangeStatus, useCaseFilePermissions } from '../permissions';

/** Shown behind the reason dialog, and after it is dismissed. */
function ReasonRequired({ onAsk }: { onAsk: () => void }) {
  const { t } = useTranslation('casefiles');
  return (
    <Stack gap="md">
      <PageHeader title={t('accessReason.pageTitle')} />
      <Alert variant="outline" color="blue.9" title={t('accessReason.outsideCaseload')}>
        {t('accessReason.explanation')}
      </Alert>
      <Group gap="sm">
        <Button onClick={onAsk}>{t('accessReason.state')}</Button>
        <Button variant="default" component={Link} to="/caseload">
          {t('accessReason.back')}
        </Button>
      </Group>
    </Stack>
  );
}

const isFollowed = (caseFile: CaseFile) => caseFile.status === 'open' || caseFile.status === 'active';

/** The page's main action, in its header: opens the entry form at the top of the timeline. */
function AddEntryButton({ caseFile, onClick }: { caseFile: CaseFile; onClick: () => void }) {
  const { t } = useTranslation('casefiles');
  if (!isFollowed(caseFile)) return null;
  return (
    <Button variant="filled" onClick={onClick}>
      {t('timeline.add')}
    </Button>
  );
}

function AddEntry({ caseFile, open, setOpen }: { caseFile: CaseFile; open: boolean; setOpen: (open: boolean) => void }) {
  const { t } = useTranslation('casefiles');
  const add = useAddEntry(caseFile.id);
  const card = useRef<HTMLElement>(null);
  // Opened from the header: bring the form into view, its first field focused.
  useEffect(() => {
    if (open) card.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [open]);
  if (!isFollowed(caseFile)) return <Text size="sm">{t('timeline.reopenToAdd')}</Text>;
  if (!open) return null;
  return (
    <Card ref={card} withBorder padding="md" component="section" aria-labelledby="add-entry-heading">
      <Title order={3} size="h5" mb="sm" id="add-entry-heading">
        {t('timeline.add')}
      </Title>
      <EntryForm
        defaultValues={emptyEntryForm()}
        label={t('timeline.add')}
        submitLabel={t('entry.create')}
        onCancel={() => setOpen(false)}
        submit={async (values) => {
          await add.mutateAsync(toEntryInput(values));
          setOpen(false);
        }}
      />
    </Card>
  );
}

export function CaseFilePage() {
  const { caseFileId = '' } = useParams();
  const { t, i18n } = useTranslation('casefiles');
  const navigate = useNavigate();
  const { canRead, isManager, userId } = useCaseFilePermissions();
  const [adding, setAdding] = useState(false);
  // The reason typed in the dialog, sent with the next request only.
  const reason = useRef<string | undefined>(undefined);
  const caseFile = useCaseFile(caseFileId, reason, canRead);
  const [dialogDismissed, setDialogDismissed] = useState(false);
  const [reasonError, setReasonError] = useState<unknown>(null);

  if (!canRead) return <ForbiddenState />;
  if (caseFile.isPending) return <LoadingState />;
  if (caseFile.isError && isAccessReasonRequired(caseFile.error)) {
    return (
      <>
        <ReasonRequired onAsk={() => setDialogDismissed(false)} />
        <AccessReasonDialog
          opened={!dialogDismissed}
          error={reasonError}
          onCancel={() => {
            setReasonError(null);
            setDialogDismissed(true);
          }}
          onSubmit={async (text) => {
            setReasonError(null);
            reason.current = toAccessReasonHeader(text);
            try {
              const result = await caseFile.refetch();
              if (result.isError && !isAccessReasonRequired(result.error)) setReasonError(result.error);
            } finally {
              reason.current = undefined;
            }
          }}
        />
      </>
    );
  }
  if (caseFile.isError) return <ErrorState error={caseFile.error} />;

  const { item, etag } = caseFile.data;
  const title = t('detail.title', { name: item.householdName });
  const followed = isFollowed(item);
  // The header's actions: adding an entry first (the main action), then the lifecycle, for the
  // file's referent and the service manager only (the server refuses anyone else).
  const actions = (
    <>
      <AddEntryButton caseFile={item} onClick={() => setAdding(true)} />
      {mayChangeStatus(item, { isManager, userId }) && <CaseFileActions caseFile={item} etag={etag} />}
    </>
  );
  return (
    <Stack gap="lg">
      <PageHeader title={title} actions={actions}>
        <Group gap="xs" mt={4}>
          <Text size="sm" fw={600} data-testid="case-reference">
            {t('detail.reference', { reference: item.reference })}
          </Text>
          <CaseStatusBadge status={item.status} />
          <Anchor component={Link} to={`/households/${item.householdId}`} size="sm">
            {t('detail.household', { name: item.householdName })}
          </Anchor>
        </Group>
      </PageHeader>

      <OutsideCaseloadBanner caseFile={item} />

      <HouseholdSummary household={item.household} />

      <Card withBorder component="section" aria-labelledby="case-request">
        <Title order={2} size="h4" mb="sm" id="case-request">
          {t('detail.request')}
        </Title>
        <FactList
          facts={[
            { label: t('detail.referent'), value: item.referent?.displayName ?? t('list.noReferent') },
            { label: t('detail.openedAt'), value: formatDateTime(item.openedAt, i18n.language) },
            { label: t('detail.requestSource'), value: t(`sources.${item.requestSource}`) },
            { label: t('detail.themes'), value: <ThemeList themes={item.themes} /> },
            { label: t('detail.requestDetail'), value: item.requestDetail || '—' },
            ...(item.closingReason ? [{ label: t('detail.closingReason'), value: item.closingReason }] : []),
          ]}
        />
      </Card>

      <section aria-labelledby="case-timeline">
        <Title order={2} size="h4" mb="sm" id="case-timeline">
          {t('timeline.title')}
        </Title>
        <Stack gap="md">
          <AddEntry caseFile={item} open={adding} setOpen={setAdding} />
          <Timeline caseFileId={item.id} enabled userId={userId} canAttach={followed} />
        </Stack>
      </section>

      <TasksSection caseFileId={item.id} canAdd={followed} isManager={isManager} />

      <ReferralsSection caseFileId={item.id} canAdd={followed} />

      <AttachmentsSection caseFileId={item.id} userId={userId} canAdd={followed} />

      <Card withBorder component="section" aria-labelledby="case-transitions">
        <Title order={2} size="h4" mb="sm" id="case-transitions">
          {t('transitions.title')}
        </Title>
        <TransitionHistory transitions={item.transitions} />
      </Card>
      <div>
        <Button variant="subtle" onClick={() => navigate(-1)}>
          {t('detail.back')}
        </Button>
      </div>
    </Stack>
  );
}
