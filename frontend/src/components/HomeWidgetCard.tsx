import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface HomeWidgetCardProps {
  /** The widget's h2 (the page's h1 is the greeting). */
  title: string;
  /** A link to the full list or screen the widget summarises. */
  more?: { to: string; label: string };
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * The frame of a home widget: a titled card, so that every feature's widget looks alike on the home page and is a
 * landmark-free section a screen reader finds by its heading.
 */
export function HomeWidgetCard({ title, more, children, 'data-testid': testId }: HomeWidgetCardProps) {
  const headingId = `home-widget-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid={testId} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {more && (
            <Anchor component={Link} to={more.to} size="sm">
              {more.label}
            </Anchor>
          )}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
