import { Alert, Anchor, Badge, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, ProblemAlert } from '@/components';
import { hasAnyRole, SISP_STAFF_ROLES, useCurrentUser, type Role } from '@/lib/auth';
import { bilingualName } from '@/lib/i18n';
import type { HomeShortcut, HomeSlots, HomeWidget } from '../types';

interface Holder {
  roles: readonly Role[];
  organisationCode?: string;
}

function shows(user: Holder, item: { roles?: readonly Role[]; needsOrganisation?: boolean }): boolean {
  return (!item.roles || hasAnyRole(user.roles, item.roles)) && (!item.needsOrganisation || !!user.organisationCode);
}

/** The widgets a user's home shows: those of one of their roles (and of their organisation, unless said otherwise). */
export function widgetsFor(user: Holder, widgets: readonly HomeWidget[]): HomeWidget[] {
  return widgets.filter((w) => shows(user, { roles: w.roles, needsOrganisation: w.needsOrganisation ?? true }));
}

/**
 * The day's work of the signed-in user: the widgets other features contribute for their roles, then where to go and
 * their profile. A role without a widget still gets the places it may open and its profile.
 */
export function HomePage({ widgets = [], shortcuts = [] }: HomeSlots) {
  const { t, i18n } = useTranslation('home');
  const user = useCurrentUser();
  const organisationName = user.organisation
    ? bilingualName(user.organisation, i18n.language)
    : user.organisationCode;
  const seesPlaces = hasAnyRole(user.roles, SISP_STAFF_ROLES) && !!user.organisationCode;
  const mine = widgetsFor(user, widgets);
  const places = shortcuts.filter((s) => s.to !== '/' && shows(user, s));

  return (
    <Stack gap="lg">
      <PageHeader title={t('greeting', { name: user.displayName })}>
        {mine.length > 0 && <Text c="dimmed">{t('intro')}</Text>}
      </PageHeader>
      {user.me.isError && <ProblemAlert error={user.me.error} />}
      {mine.length > 0 && (
        <Grid gap="md" data-testid="home-widgets">
          {mine.map((widget) => (
            <Grid.Col key={widget.id} span={{ base: 12, md: widget.wide ? 12 : 6 }} data-testid={`home-widget-${widget.id}`}>
              {widget.element}
            </Grid.Col>
          ))}
        </Grid>
      )}
      <Grid gap="md">
        {places.length > 0 && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Shortcuts shortcuts={places} />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="lg" component="section" aria-labelledby="home-profile-title" h="100%">
            <Stack gap="sm">
              <Title order={2} size="h4" id="home-profile-title">
                {t('profile.title')}
              </Title>
              <div>
                <Text fw={600} size="sm">
                  {t('profile.organisation')}
                </Text>
                <Text data-testid="home-organisation">{organisationName ?? t('profile.noOrganisation')}</Text>
              </div>
              <div>
                <Text fw={600} size="sm" id="home-roles-label">
                  {t('profile.roles')}
                </Text>
                {user.roles.length === 0 ? (
                  <Text>{t('profile.noRoles')}</Text>
                ) : (
                  <Group gap="xs" mt={4} component="ul" aria-labelledby="home-roles-label" p={0} style={{ listStyle: 'none' }}>
                    {user.roles.map((role) => (
                      <li key={role}>
                        <Badge variant="outline" color="blue.9" tt="none" size="lg">
                          {t(`common:roles.${role}`)}
                        </Badge>
                      </li>
                    ))}
                  </Group>
                )}
              </div>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      {!seesPlaces && (
        <Alert variant="outline" color="blue.9" title={t('noPlaces.title')}>
          {t('noPlaces.message')}
        </Alert>
      )}
    </Stack>
  );
}

function Shortcuts({ shortcuts }: { shortcuts: readonly HomeShortcut[] }) {
  const { t } = useTranslation('home');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-shortcuts-title" h="100%">
      <Stack gap="sm">
        <Title order={2} size="h4" id="home-shortcuts-title">
          {t('shortcuts.title')}
        </Title>
        <List spacing={4} data-testid="home-shortcuts">
          {shortcuts.map((s) => (
            <List.Item key={s.to}>
              <Anchor component={Link} to={s.to}>
                {t(`common:${s.labelKey}`)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
