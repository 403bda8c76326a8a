import { isValidElement, type ReactElement } from 'react';
import { createRoutesFromElements, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ANY_SIGNED_IN, RequireRoles, type RequireRolesProps } from '@/components';
import { renderRoute } from '@/test/render';
import { AppRoutes } from './AppRoutes';

interface GuardedRoute {
  path: string;
  roles?: RequireRolesProps['roles'];
}

/** Every route of the app's router with the role rule nearest above it (or on it), derived from the router itself. */
function routesOfTheApp(): GuardedRoute[] {
  const routes = AppRoutes().props.children as ReactElement;
  const found: GuardedRoute[] = [];
  const walk = (list: RouteObject[], parentPath: string, roles?: RequireRolesProps['roles']) => {
    for (const route of list) {
      const rule =
        isValidElement(route.element) && route.element.type === RequireRoles
          ? (route.element.props as RequireRolesProps).roles
          : roles;
      const path = route.path ? `${parentPath}/${route.path}`.replace('//', '/') : parentPath;
      if (route.index || route.path) found.push({ path: route.index ? `${path || '/'} (index)` : path, roles: rule });
      walk(route.children ?? [], path, rule);
    }
  };
  walk(createRoutesFromElements(routes), '');
  return found;
}

describe('the role rules of the routes', () => {
  it('finds the routes of the router', () => {
    const paths = routesOfTheApp().map((r) => r.path);
    expect(paths).toContain('/case-files/:caseFileId');
    expect(paths).toContain('/households/import');
    expect(paths.length).toBeGreaterThan(25);
  });

  it('gives every route of the router a role rule', () => {
    const unguarded = routesOfTheApp().filter((r) => r.roles === undefined || r.roles.length === 0);
    expect(unguarded.map((r) => r.path)).toEqual([]);
  });

  it('keeps case files to the social service and data protection to the DPO', () => {
    const rules = new Map(routesOfTheApp().map((r) => [r.path, r.roles]));
    expect(rules.get('/case-files/:caseFileId')).toEqual(['social-worker', 'service-manager']);
    expect(rules.get('/caseloads')).toEqual(['service-manager']);
    expect(rules.get('/retention')).toEqual(['dpo']);
    expect(rules.get('/households/import')).toEqual(['admin']);
    expect(rules.get('/sites/:siteId/edit')).toEqual(['admin']);
    expect(rules.get('/ (index)')).toBe(ANY_SIGNED_IN);
  });

  it('shows the forbidden page to a role the rule leaves out, and nothing of the kind to one it names', async () => {
    const options = { path: '/retention', url: '/retention' };
    const { unmount } = await renderRoute(<RequireRoles roles={['dpo']} />, { ...options, roles: ['social-worker'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Access denied' })).toBeInTheDocument();
    unmount();
    await renderRoute(<RequireRoles roles={['dpo']} />, { ...options, roles: ['dpo'] });
    expect(screen.queryByRole('heading', { name: 'Access denied' })).not.toBeInTheDocument();
  });
});
