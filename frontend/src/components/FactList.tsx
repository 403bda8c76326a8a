import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label / value pairs of a record, as a description list. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" fw={600} size="sm">
            {fact.label}
          </Text>
          <Text component="dd" m={0}>
            {fact.value ?? '—'}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
