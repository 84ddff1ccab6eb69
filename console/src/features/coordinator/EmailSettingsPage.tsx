/**
 * /settings/email: the language the system's emails to this coordinator are written in. Their
 * choice wins; without one, their sign-in's language; without that, their contact list's. The
 * choice is kept when saving fails; a stale save (412) offers to reload, keeping it.
 */
import { Alert, App, Button, Card, Flex, Form, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../app/i18n';
import { usePrincipal } from '../../app/auth';
import { CoordinatorPage } from './common';
import { HospitalContactsCard, ProgrammeContactsCard } from './ContactListCard';
import { useProgrammes } from './queries';
import { emailLanguageOf, useChooseEmailLanguage, useEmailSettings } from './email-settings';
import './coordinator.css';

/** "none": no choice of the coordinator's own. */
type Choice = Language | 'none';

export default function EmailSettingsPage() {
  const { t } = useTranslation('coordinator');
  const { message } = App.useApp();
  const principal = usePrincipal();
  const settings = useEmailSettings();
  const programmes = useProgrammes();
  // The office keeps the lists of the programmes still running or being planned, newest first (as /programmes lists them).
  const running = principal.isProgrammeOffice
    ? (programmes.data ?? [])
        .filter((p) => p.status !== 'CLOSED')
        .sort((a, b) => b.startDate.localeCompare(a.startDate))
    : [];
  const choose = useChooseEmailLanguage();
  const [choice, setChoice] = useState<Choice | undefined>();
  const current = settings.data;

  // Fill the choice once; a reload after a 412 refreshes the version, not what was picked.
  useEffect(() => {
    if (current && choice === undefined) setChoice(current.language ?? 'none');
  }, [current, choice]);

  const save = () => {
    if (!current || !choice) return;
    const language = choice === 'none' ? null : choice;
    if (language === (current.language ?? null)) {
      void message.info(t('emailSettings.unchanged'));
      return;
    }
    choose.mutate({ settings: current, language }, { onSuccess: () => void message.success(t('emailSettings.saved')) });
  };

  const now = current ? emailLanguageOf(current) : undefined;
  const languageName = (language: Language) => <span lang={language}>{LANGUAGE_NAMES[language]}</span>;
  return (
    <CoordinatorPage
      title={t('emailSettings.title')}
      subtitle={current ? t('emailSettings.intro', { email: current.email }) : undefined}
      loading={settings.isPending}
      error={settings.error}
      onReload={() => void settings.refetch()}
    >
      {current && (
        <Card style={{ maxWidth: 640 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('emailSettings.yours')}</h2>}>
          <Typography.Paragraph data-testid="email-language-now">
            {now
              ? t(current.language ? 'emailSettings.currentChosen' : 'emailSettings.currentSignIn', {
                  language: t(`emailSettings.languages.${now}`),
                })
              : t('emailSettings.currentNone')}
          </Typography.Paragraph>
          <Form layout="vertical" onFinish={save} requiredMark={false}>
            <Form.Item label={t('emailSettings.choice')} extra={t('emailSettings.notThisSite')}>
              <Radio.Group
                value={choice}
                onChange={(event) => setChoice(event.target.value as Choice)}
                aria-label={t('emailSettings.choice')}
              >
                <Flex vertical gap={8} style={{ paddingBottom: 8 }}>
                  {LANGUAGES.map((language) => (
                    <Radio key={language} value={language}>
                      {languageName(language)}
                    </Radio>
                  ))}
                  <Radio value="none">
                    {current.signInLanguage
                      ? t('emailSettings.noChoiceSignIn', {
                          language: t(`emailSettings.languages.${current.signInLanguage}`),
                        })
                      : t('emailSettings.noChoice')}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {t('emailSettings.noChoiceHint')}
                    </Typography.Text>
                  </Radio>
                </Flex>
              </Radio.Group>
            </Form.Item>
            {choose.error && (
              <div style={{ marginBottom: 16 }}>
                <ErrorNotice error={choose.error} onReload={() => void settings.refetch().then(() => choose.reset())} />
              </div>
            )}
            {choose.isSuccess && (
              <Alert type="success" showIcon title={t('emailSettings.saved')} style={{ marginBottom: 16 }} />
            )}
            <Button type="primary" htmlType="submit" loading={choose.isPending}>
              {t('emailSettings.save')}
            </Button>
          </Form>
        </Card>
      )}
      {current && principal.roles.includes('hospital-coordinator') && principal.institutionId && (
        <HospitalContactsCard institutionId={principal.institutionId} />
      )}
      {current &&
        running.map((programme) => (
          <ProgrammeContactsCard key={programme.programmeId} programmeId={programme.programmeId} />
        ))}
    </CoordinatorPage>
  );
}
