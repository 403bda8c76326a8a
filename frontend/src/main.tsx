import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BootError } from './app/BootError';
import { loadAppConfig } from './lib/config/appConfig';
import { createI18n } from './lib/i18n';
import { signIn } from './lib/auth/keycloak';
import { createQueryClient } from './lib/query/queryClient';

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  const root = createRoot(container);
  const i18n = await createI18n();
  try {
    const config = await loadAppConfig();
    const session = await signIn(config, i18n.language);
    root.render(
      <StrictMode>
        <App i18n={i18n} session={session} queryClient={createQueryClient()} />
      </StrictMode>,
    );
  } catch (error) {
    console.error('Hestia could not start', error);
    root.render(<BootError i18n={i18n} error={error} />);
  }
}

void boot();
