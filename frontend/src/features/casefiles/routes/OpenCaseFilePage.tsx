import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState, FormErrorAlert, ForbiddenState, LoadingState, NotFoundState, PageHeader } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import {
  alreadyOpenFile,
  OPEN_CASE_FILE_FIELDS,
  openCaseFileSchema,
  toCaseFileInput,
  useHouseholdName,
  useFollowedCaseFile,
  useOpenCaseFile,
  type OpenCaseFileValues,
} from '../api/caseFiles';
import { AlreadyOpenAlert } from '../components/AlreadyOpenAlert';
import { CASE_THEMES, REQUEST_SOURCES, UUID_PATTERN } from '../api/types';
import { useCaseFilePermissions } from '../permissions';

const EMPTY: OpenCaseFileValues = { requestSource: 'tenant', themes: [], requestDetail: '' };

function OpenCaseFileForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation('casefiles');
  const navigate = useNavigate();
  const open = useOpenCaseFile();
  const form = useForm<OpenCaseFileValues>({ resolver: zodResolver(openCaseFileSchema), defaultValues: EMPTY });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: OPEN_CASE_FILE_FIELDS,
    submit: async (values) => {
      const file = await open.mutateAsync(toCaseFileInput(householdId, values));
      navigate(`/case-files/${file.id}`);
    },
  });
  const { errors, isSubmitting } = form.formState;
  // Another worker may have opened one meanwhile: the refusal names it.
  const refusedFor = alreadyOpenFile(submitError);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={720}>
        <Controller
          control={form.control}
          name="requestSource"
          render={({ field }) => (
            <Radio.Group
              label={t('open.requestSource')}
              required
              error={fieldError(t, errors.requestSource)}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
            >
              <Stack gap="xs" mt="xs">
                {REQUEST_SOURCES.map((s) => (
                  <Radio key={s} value={s} label={t(`sources.${s}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name="themes"
          render={({ field }) => (
            <Checkbox.Group
              label={t('open.themes')}
              description={t('open.themesHint')}
              required
              error={fieldError(t, errors.themes as FieldError | undefined)}
              value={field.value}
              onChange={field.onChange}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {CASE_THEMES.map((theme) => (
                  <Checkbox key={theme} value={theme} label={t(`themes.${theme}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Textarea
          label={t('open.requestDetail')}
          description={t('open.requestDetailHint')}
          autosize
          minRows={3}
          maxLength={2000}
          error={fieldError(t, errors.requestDetail)}
          {...form.register('requestDetail')}
        />
        {refusedFor ? <AlreadyOpenAlert openFile={refusedFor} /> : <FormErrorAlert error={submitError} />}
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('open.submit')}
          </Button>
          <Button component={Link} to={`/households/${householdId}`} variant="default">
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Opens a case file for a household (`?householdId=`); the site's referent becomes its referent. */
export function OpenCaseFilePage() {
  const { t } = useTranslation('casefiles');
  const { canRead } = useCaseFilePermissions();
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('householdId') ?? '';
  const householdId = UUID_PATTERN.test(raw) ? raw : '';
  const household = useHouseholdName(householdId);
  const followed = useFollowedCaseFile(householdId, canRead);
  if (!canRead) return <ForbiddenState />;
  if (!householdId) return <NotFoundState />;
  if (household.isPending || followed.isPending) return <LoadingState />;
  if (household.isError) return <ErrorState error={household.error} />;
  return (
    <>
      <PageHeader title={t('open.title', { name: household.data })} />
      {/* One followed file per household: say so before the form is filled in (the server refuses it too). */}
      {followed.data ? (
        <AlreadyOpenAlert openFile={followed.data} />
      ) : (
        <OpenCaseFileForm householdId={householdId} />
      )}
    </>
  );
}
