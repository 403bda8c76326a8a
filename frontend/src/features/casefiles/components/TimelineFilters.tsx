import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams, type ParamSpec } from '@/lib/url/useListParams';
import { hasTimelineFilters, type TimelineFilters } from '../api/entries';
import { ENTRY_KINDS, UUID_PATTERN, type EntryKind } from '../api/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KIND = ENTRY_KINDS.join('|');

/**
 * The timeline's filters in the URL (`?kind=home-visit,phone-call&author=…&from=…&to=…`), so that a
 * filtered timeline survives a reload and can be shared. Values the URL spoils are ignored.
 */
const SPECS = {
  kind: { default: '', pattern: new RegExp(`^(${KIND})(,(${KIND}))*$`) },
  author: { default: '', pattern: UUID_PATTERN },
  from: { default: '', pattern: DAY },
  to: { default: '', pattern: DAY },
} satisfies Record<string, ParamSpec>;

export function useTimelineFilters() {
  const [params, update] = useListParams(SPECS);
  const filters = useMemo<TimelineFilters>(
    () => ({
      kinds: params.kind ? [...new Set(params.kind.split(',') as EntryKind[])] : [],
      authorId: params.author || undefined,
      from: params.from || undefined,
      to: params.to || undefined,
    }),
    [params.kind, params.author, params.from, params.to],
  );
  const change = (patch: Partial<TimelineFilters>) =>
    update({
      ...(patch.kinds !== undefined && { kind: patch.kinds.join(',') }),
      ...(patch.authorId !== undefined && { author: patch.authorId }),
      ...(patch.from !== undefined && { from: patch.from }),
      ...(patch.to !== undefined && { to: patch.to }),
    });
  const clear = () => update({ kind: '', author: '', from: '', to: '' });
  return { filters, change, clear };
}

/** A period whose end comes before its start: the server refuses it, so it is not asked. */
export function isPeriodReversed(filters: TimelineFilters): boolean {
  return !!filters.from && !!filters.to && filters.to < filters.from;
}

interface TimelineFilterBarProps {
  filters: TimelineFilters;
  /** Who may be chosen as author: the caller, and the authors the timeline has shown so far. */
  authors: { id: string; displayName: string }[];
  userId?: string;
  onChange: (patch: Partial<TimelineFilters>) => void;
  onClear: () => void;
}

export function TimelineFilterBar({ filters, authors, userId, onChange, onClear }: TimelineFilterBarProps) {
  const { t } = useTranslation('casefiles');
  const authorOptions = [
    { value: '', label: t('timelineFilters.anyAuthor') },
    ...authors.map((a) => ({ value: a.id, label: a.id === userId ? t('timelineFilters.me', { name: a.displayName }) : a.displayName })),
  ];
  if (filters.authorId && !authors.some((a) => a.id === filters.authorId)) {
    authorOptions.push({ value: filters.authorId, label: t('timelineFilters.unknownAuthor') });
  }
  return (
    <Stack gap="xs" role="search" aria-label={t('timelineFilters.label')}>
      <Checkbox.Group
        label={t('timelineFilters.kinds')}
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds: ENTRY_KINDS.filter((k) => kinds.includes(k)) })}
      >
        <Group gap="sm" mt={4}>
          {ENTRY_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`kinds.${kind}`)} size="sm" />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('timelineFilters.author')}
          value={filters.authorId ?? ''}
          onChange={(e) => onChange({ authorId: e.currentTarget.value })}
          data={authorOptions}
        />
        <TextInput
          type="date"
          label={t('timelineFilters.from')}
          value={filters.from ?? ''}
          max={filters.to || undefined}
          onChange={(e) => onChange({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('timelineFilters.to')}
          value={filters.to ?? ''}
          min={filters.from || undefined}
          error={isPeriodReversed(filters) ? t('timelineFilters.toBeforeFrom') : undefined}
          onChange={(e) => onChange({ to: e.currentTarget.value })}
        />
      </SimpleGrid>
      {hasTimelineFilters(filters) && (
        <div>
          <Button variant="subtle" size="xs" onClick={onClear}>
            {t('timelineFilters.clear')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
