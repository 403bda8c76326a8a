/** Deployment settings fetched at boot, so that one build serves every environment. */
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

function isAppConfig(value: unknown): value is AppConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['keycloakUrl', 'realm', 'clientId'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}

export async function loadAppConfig(fetchFn: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchFn('/app-config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`/app-config.json answered ${response.status}`);
  }
  const body: unknown = await response.json();
  if (!isAppConfig(body)) {
    throw new Error('/app-config.json must hold keycloakUrl, realm and clientId');
  }
  return body;
}
