import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader, ProblemAlert } from '@/components';
import { hasAnyRole, SISP_STAFF_ROLES, useCurrentUser } from '@/lib/auth';
import { bilingualName } from '@/lib/i18n';

export function HomePage() {
  const { t, i18n } = useTranslation('home');
  const user = useCurrentUser();
  const organisationName = user.organisation
    ? bilingualName(user.organisation, i18n.language)
    : user.organisationCode;
  const seesPlaces = hasAnyRole(user.roles, SISP_STAFF_ROLES) && !!user.organisationCode;

  return (
    <Stack gap="lg">
      <PageHeader title={t('greeting', { name: user.displayName })} />
      {user.me.isError && <ProblemAlert error={user.me.error} />}
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
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
      {!seesPlaces && (
        <Alert variant="outline" color="blue.9" title={t('noPlaces.title')}>
          {t('noPlaces.message')}
        </Alert>
      )}
    </Stack>
  );
}
