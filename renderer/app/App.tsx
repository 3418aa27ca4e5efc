import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { SessionGate } from '../features/auth/SessionGate';
import { ErrorBoundary } from './ErrorBoundary';
import { SignedInApp } from './SignedInApp';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <ErrorBoundary>
        <SessionGate>
          <SignedInApp />
        </SessionGate>
      </ErrorBoundary>
    </MantineProvider>
  );
}
