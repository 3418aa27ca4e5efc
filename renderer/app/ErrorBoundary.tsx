import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Leaves the broken screen: back to the start page, with the app's state rebuilt from scratch. */
function restart(): void {
  window.location.replace('#/');
  window.location.reload();
}

function CrashScreen() {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={520} maw="100%" role="alert">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('common.somethingWentWrong')}
          </Title>
          <Text>{t('common.somethingWentWrongIntro')}</Text>
          <div>
            <Button onClick={restart} autoFocus>
              {t('common.backHome')}
            </Button>
          </div>
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * The last line of defence: a render error anywhere below would otherwise unmount the whole tree
 * and leave a blank window with no way out. The error goes to the console (and so the log); the
 * person gets a translated screen and a way back.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Hearth renderer crashed:', error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.failed ? <CrashScreen /> : this.props.children;
  }
}
