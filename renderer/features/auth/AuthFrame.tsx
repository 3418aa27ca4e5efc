import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColorSchemeToggle } from '../../app/ColorSchemeToggle';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The centred card of every screen shown before the app itself (sign-in, first run, lock...). */
export function AuthFrame({ title, intro, children, width = 420 }: { title: string; intro?: ReactNode; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box component="main" mih="100vh" p="md">
      <Group justify="space-between" mb="xl">
        <Text fw={700} size="lg">
          {t('common.appName')}
        </Text>
        <Group gap="sm">
          <LanguageSwitch />
          <ColorSchemeToggle />
        </Group>
      </Group>
      <Center>
        <Paper withBorder shadow="sm" p="xl" w={width} maw="100%">
          <Stack gap="md">
            <Title order={1} size="h2">
              {title}
            </Title>
            {intro}
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
