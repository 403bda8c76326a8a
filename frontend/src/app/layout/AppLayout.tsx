import { Anchor, AppShell, Box, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useFocusTitleOnNavigation } from '@/components';
import { useAuth, useCurrentUser } from '@/lib/auth';
import { bilingualName } from '@/lib/i18n';
import { visibleNavItems } from '../navigation';
import { LanguageSwitch } from './LanguageSwitch';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { logout } = useAuth();
  const queryClient = useQueryClient();
  // Case data lives in memory only: drop every cached answer before leaving.
  const signOut = () => {
    void queryClient.cancelQueries();
    queryClient.clear();
    logout();
  };
  const user = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusTitleOnNavigation();

  const organisationName = user.organisation
    ? bilingualName(user.organisation, i18n.language)
    : user.organisationCode;
  const items = visibleNavItems(user);
  const navHidden = isMobile && !opened;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never" c="var(--mantine-color-text)">
              {t('app.name')}
            </Anchor>
            {organisationName && (
              <Text visibleFrom="md" size="sm" truncate="end" data-testid="header-organisation">
                {organisationName}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text visibleFrom="sm" size="sm" fw={500} truncate="end" maw={220} data-testid="header-user">
              {user.displayName}
            </Text>
            <LanguageSwitch />
            <Button visibleFrom="sm" variant="default" size="xs" onClick={signOut}>
              {t('actions.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="app-navigation" p="sm" aria-label={t('nav.label')} inert={navHidden}>
        <Stack gap={4}>
          {items.map((item) => {
            // The most specific entry wins (/households/import over /households).
            const active =
              isActive(pathname, item.to) &&
              !items.some((other) => other.to.length > item.to.length && isActive(pathname, other.to));
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.labelKey)}
                active={active}
                variant="filled"
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </Stack>
        <Box hiddenFrom="sm" mt="auto" pt="md">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {user.displayName}
            </Text>
            {organisationName && <Text size="sm">{organisationName}</Text>}
            <Button variant="default" size="xs" onClick={signOut} mt="xs">
              {t('actions.signOut')}
            </Button>
          </Stack>
        </Box>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
        <Box maw={1200} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
