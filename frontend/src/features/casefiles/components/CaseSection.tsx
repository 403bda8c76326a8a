import { Button, Card, Stack, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { EmptyState, LoadingState, ProblemAlert } from '@/components';

interface CaseSectionProps<T> {
  /** The heading's id, which names the section for assistive technologies. */
  headingId: string;
  title: string;
  /** The button that opens the form, and the form's own name. */
  addLabel: string;
  canAdd: boolean;
  form: (close: () => void) => ReactNode;
  query: UseQueryResult<T[]>;
  emptyMessage: string;
  children: (items: T[]) => ReactNode;
}

/**
 * One section of the case file page (tasks, referrals, documents): a heading, an "add" button that
 * opens a form in place, and the list with its loading, error and empty states.
 */
export function CaseSection<T>({ headingId, title, addLabel, canAdd, form, query, emptyMessage, children }: CaseSectionProps<T>) {
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {title}
      </Title>
      <Stack gap="md">
        {canAdd &&
          (adding ? (
            <Card withBorder padding="md">
              {form(() => setAdding(false))}
            </Card>
          ) : (
            <div>
              <Button variant="outline" onClick={() => setAdding(true)}>
                {addLabel}
              </Button>
            </div>
          ))}
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ProblemAlert error={query.error} />
        ) : query.data.length === 0 ? (
          <EmptyState message={emptyMessage} />
        ) : (
          children(query.data)
        )}
      </Stack>
    </section>
  );
}
