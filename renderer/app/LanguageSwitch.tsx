import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setUiLanguage } from '../i18n';

/**
 * EN / FR, remembered on this machine. The radio group is named "Language" through its title (also
 * a tooltip) rather than aria-label, so a label search for "Language" finds only the resident's
 * own language field on the admission form.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      title={t('common.language')}
      value={i18n.language === 'fr' ? 'fr' : 'en'}
      onChange={(value) => setUiLanguage(value)}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'fr', label: 'FR' },
      ]}
    />
  );
}
