import { Alert, Button, Card, FileInput, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForbiddenState, PageHeader, ProblemAlert } from '@/components';
import { isApiError } from '@/lib/api';
import { useCurrentUser } from '@/lib/auth';
import { downloadImportTemplate, IMPORT_MAX_BYTES, useHouseholdImport } from '../api/imports';
import type { ImportError, ImportReport } from '../api/types';

interface Rejection {
  line: string;
  reason: string;
}

/** What the server refused when the real import found errors (422): its own words, in the user's language. */
function RejectedTable({ caption, rows }: { caption: string; rows: Rejection[] }) {
  const { t } = useTranslation('households');
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table striped withTableBorder data-testid="rejected-lines">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.line')}</Table.Th>
            <Table.Th scope="col">{t('import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={`${r.line}-${i}`}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every error of every rejected line, translated from its code (the server's `message` is for API clients). */
function ErrorsTable({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation('households');
  const columnOf = (e: ImportError) =>
    e.column ??
    (e.code === 'unknown-dwelling' || e.code === 'dwelling-given-twice' || e.code === 'dwelling-rented'
      ? t('import.addressColumns')
      : t('import.wholeLine'));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder data-testid="import-errors">
        <Table.Caption>{t('import.errorsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.line')}</Table.Th>
            <Table.Th scope="col">{t('import.column')}</Table.Th>
            <Table.Th scope="col">{t('import.value')}</Table.Th>
            <Table.Th scope="col">{t('import.error')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={`${e.line}-${e.column ?? ''}-${e.code}-${i}`}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>
                <Text component="span" ff="monospace" size="sm">
                  {columnOf(e)}
                </Text>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.value ?? '—'}</Table.Td>
              <Table.Td>
                {t(`import.errors.${e.code}`, {
                  column: e.column ?? '',
                  value: e.value ?? '',
                  expected: e.expected ?? '',
                  otherLine: e.otherLine ?? '',
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReportCard({ report }: { report: ImportReport }) {
  const { t } = useTranslation('households');
  const counts = [
    ['lines', report.lines],
    ['households', report.households],
    ['created', report.created],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['rejected', report.rejectedLines],
  ] as const;
  return (
    <Card withBorder component="section" aria-labelledby="import-report" data-testid="import-report">
      <Title order={2} size="h4" mb="sm" id="import-report">
        {report.dryRun ? t('import.dryRunReport') : t('import.importReport')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="sm" m={0}>
        {counts.map(([key, value]) => (
          <div key={key}>
            <Text component="dt" fw={600} size="sm">
              {t(`import.counts.${key}`)}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {report.errors.length > 0 ? (
        <Stack gap="sm" mt="md">
          <Alert variant="outline" color="red.9" title={t('import.hasRejected')}>
            {t('import.fixAndRetry')}
          </Alert>
          <ErrorsTable errors={report.errors} />
        </Stack>
      ) : (
        report.dryRun && (
          <Alert variant="outline" color="green.9" mt="md">
            {t('import.clean')}
          </Alert>
        )
      )}
    </Card>
  );
}

/** The admin loads the rental system's CSV export: dry run first, then the all-or-nothing import. */
export function HouseholdImportPage() {
  const { t } = useTranslation('households');
  const user = useCurrentUser();
  const run = useHouseholdImport();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<ImportReport | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);

  if (!user.roles.includes('admin')) return <ForbiddenState />;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setCsv(null);
    setDryRun(null);
    setReport(null);
    setReadError(null);
    run.reset();
    if (!chosen) return;
    if (chosen.size > IMPORT_MAX_BYTES) {
      setReadError(t('import.tooLarge'));
      return;
    }
    try {
      setCsv(await chosen.text());
    } catch {
      setReadError(t('import.unreadable'));
    }
  };

  const check = async () => {
    if (csv === null) return;
    setReport(null);
    setDryRun(null);
    try {
      setDryRun(await run.mutateAsync({ csv, dryRun: true }));
    } catch {
      // shown below from run.error
    }
  };

  const importNow = async () => {
    if (csv === null) return;
    try {
      setReport(await run.mutateAsync({ csv, dryRun: false }));
      setDryRun(null);
    } catch {
      // shown below from run.error
    }
  };

  const template = async () => {
    setTemplateError(null);
    try {
      await downloadImportTemplate();
    } catch (error) {
      setTemplateError(error);
    }
  };

  const canImport = csv !== null && !!dryRun && dryRun.errors.length === 0 && !run.isPending;
  const rejectedImport = isApiError(run.error) && run.error.status === 422 ? run.error : null;

  return (
    <Stack gap="lg">
      <PageHeader title={t('import.title')}>
        <Text size="sm" mt={4} maw={720}>
          {t('import.explanation')}
        </Text>
      </PageHeader>
      <Card withBorder>
        <Stack gap="md">
          <Group gap="sm" align="center">
            <Button variant="default" onClick={() => void template()}>
              {t('import.template')}
            </Button>
            <Text size="sm" maw={520}>
              {t('import.templateHint')}
            </Text>
          </Group>
          {templateError !== null && (
            <Alert variant="outline" color="red.9" role="alert">
              {t('import.templateFailed')}
            </Alert>
          )}
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            accept=".csv,text/csv"
            clearable
            clearButtonProps={{ 'aria-label': t('import.clear') }}
            value={file}
            onChange={(f) => void choose(f)}
            error={readError}
            placeholder={t('import.choose')}
            // Mantine's default placeholder grey is too pale for WCAG AA.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          />
          <Group gap="sm">
            <Button variant="outline" onClick={() => void check()} disabled={csv === null} loading={run.isPending && !!run.variables?.dryRun}>
              {t('import.check')}
            </Button>
            <Button onClick={() => void importNow()} disabled={!canImport} loading={run.isPending && run.variables?.dryRun === false}>
              {t('import.run')}
            </Button>
          </Group>
          {!canImport && csv !== null && !run.isPending && <Text size="sm">{t('import.checkFirst')}</Text>}
        </Stack>
      </Card>
      {rejectedImport ? (
        <Card withBorder component="section" aria-labelledby="import-rejected">
          <Title order={2} size="h4" mb="sm" id="import-rejected">
            {t('import.rejectedTitle')}
          </Title>
          <Alert variant="outline" color="red.9" role="alert" mb="md">
            {t('common:errors.codes.import-rejected')}
          </Alert>
          <RejectedTable
            caption={t('import.rejectedCaption')}
            rows={(rejectedImport.problem.violations ?? []).map((v) => ({ line: v.field, reason: v.message }))}
          />
        </Card>
      ) : (
        run.isError && <ProblemAlert error={run.error} />
      )}
      {dryRun && <ReportCard report={dryRun} />}
      {report && <ReportCard report={report} />}
    </Stack>
  );
}
