import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { SessionGate } from '../features/auth/SessionGate';
import { ErrorBoundary } from './ErrorBoundary';
import { SignedInApp } from './SignedInApp';
import { InterfaceDates } from './InterfaceDates';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <InterfaceDates>
        <Notifications position="top-right" />
        <ErrorBoundary>
          <SessionGate>
            <SignedInApp />
          </SessionGate>
        </ErrorBoundary>
      </InterfaceDates>
    </MantineProvider>
  );
}
