import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * After a navigation (a new path, not a filter kept in the URL), the new page's h1 takes the focus, so that a screen
 * reader announces the page and the keyboard starts from its top. The layout notes the navigation; the title that
 * mounts (or is already there) takes the focus once. A page whose title comes late (after its data) still gets it,
 * within a few seconds.
 */
const navigation = { pendingSince: 0 };
const titles = new Set<() => void>();
const PENDING_MS = 10_000;

function focusPendingTitle(element: HTMLElement | null): boolean {
  if (!element || !navigation.pendingSince || Date.now() - navigation.pendingSince > PENDING_MS) return false;
  navigation.pendingSince = 0;
  element.focus({ preventScroll: false });
  return true;
}

/** In the layout: a change of path moves the focus to the next page's title. The first page keeps the browser's. */
export function useFocusTitleOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current !== null && previous.current !== pathname) {
      navigation.pendingSince = Date.now();
      for (const title of titles) title();
    }
    previous.current = pathname;
  }, [pathname]);
}

/** The page's one h1; it takes the focus after a navigation (see {@link useFocusTitleOnNavigation}). */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const take = () => {
      focusPendingTitle(ref.current);
    };
    take();
    titles.add(take);
    return () => {
      titles.delete(take);
    };
  }, []);
  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} className="page-title">
      {children}
    </Title>
  );
}
