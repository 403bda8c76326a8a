import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './useIsPhone';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface ResponsiveListProps<T> {
  label: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: Column<T>[];
  /** The card's heading on phones: usually the link to the record. */
  title: (row: T) => ReactNode;
  /** Heading level of the cards' titles on phones. */
  headingOrder?: 2 | 3;
}

/** A table on wide screens, a stack of cards on phones (no sideways scrolling). */
export function ResponsiveList<T>({ label, rows, rowKey, columns, title, headingOrder = 2 }: ResponsiveListProps<T>) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <Stack gap="sm" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Card component="li" withBorder key={rowKey(row)} padding="sm">
            <Title order={headingOrder} size="h5" mb={4}>
              {title(row)}
            </Title>
            <Stack gap={2}>
              {columns.slice(1).map((column) => (
                // A div, not a paragraph: a cell may hold a badge (a div) or a list.
                <Text size="sm" key={column.header} component="div">
                  <Text span size="sm" fw={600}>
                    {t('format.label', { label: column.header })}
                  </Text>{' '}
                  {column.cell(row)}
                </Text>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.header} ta={column.numeric ? 'right' : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
