import type { ReactNode } from 'react';
import type { Role } from '@/lib/auth';

/**
 * A block of the home page contributed by a feature (composed in app/AppRoutes.tsx: features never import each
 * other). The home shows, in the order given, the widgets whose roles the user holds.
 */
export interface HomeWidget {
  /** Unique among the widgets; also the block's data-testid (`home-widget-<id>`). */
  id: string;
  /** The roles whose home shows the widget. */
  roles: readonly Role[];
  /** Whether the widget needs the user to belong to an organisation (a SISP); true unless said otherwise. */
  needsOrganisation?: boolean;
  /** Takes the full width of the home's grid (e.g. a list of many lines). */
  wide?: boolean;
  element: ReactNode;
}

/** A place to go from the home (the navigation's entries), shown to every role. */
export interface HomeShortcut {
  to: string;
  /** Key in the `common` namespace. */
  labelKey: string;
  roles?: readonly Role[];
  needsOrganisation?: boolean;
}

export interface HomeSlots {
  widgets?: readonly HomeWidget[];
  shortcuts?: readonly HomeShortcut[];
}
