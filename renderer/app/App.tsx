import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { SessionGate } from '../features/auth/SessionGate';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { InterfaceDates } from './InterfaceDates';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <InterfaceDates>
        <Notifications position="top-right" />
        <ErrorBoundary>
          <SessionGate>
            <AppLayout>
              <AppRoutes />
            </AppLayout>
          </SessionGate>
        </ErrorBoundary>
      </InterfaceDates>
    </MantineProvider>
  );
}
