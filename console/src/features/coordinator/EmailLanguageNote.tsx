/**
 * One line on a coordinator's first screen: the language their emails reach them in, and where
 * to change it. Reading it also lets the API record the language of their sign-in.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emailLanguageOf, useEmailSettings } from './email-settings';

export function EmailLanguageNote() {
  const { t } = useTranslation('coordinator');
  const settings = useEmailSettings();
  // A note, not the page's business: it says nothing rather than an error.
  if (!settings.data) return null;
  const language = emailLanguageOf(settings.data);
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="email-language-note">
      {language
        ? t('emailSettings.summary', { language: t(`emailSettings.languages.${language}`) })
        : t('emailSettings.summaryNone')}{' '}
      <Link to="/settings/email">{t('emailSettings.change')}</Link>
    </Typography.Paragraph>
  );
}
