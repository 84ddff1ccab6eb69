/**
 * On the email settings page, for a hospital's own coordinators: who the emails about its
 * visitors go to, and the language of those to addresses whose owner chose none (a shared
 * mailbox). The list is changed whole, with the version read as If-Match; a stale save (412)
 * offers to reload, keeping what was typed.
 */
import { Alert, App, Button, Card, Form, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../app/i18n';
import { useNames } from '../../app/names';
import { useInstitution } from './queries';
import { useChangeHospitalContacts } from './email-settings';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function HospitalContactsCard(props: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const { message } = App.useApp();
  const name = useNames();
  const hospital = useInstitution(props.institutionId);
  const change = useChangeHospitalContacts();
  const [emails, setEmails] = useState<string[] | undefined>();
  const [language, setLanguage] = useState<Language | undefined>();
  const [invalid, setInvalid] = useState<string[]>([]);
  const current = hospital.data;

  useEffect(() => {
    if (current && emails === undefined) {
      setEmails(current.contactEmails);
      setLanguage(current.contactLanguage);
    }
  }, [current, emails]);

  if (hospital.error) return <ErrorNotice error={hospital.error} onReload={() => void hospital.refetch()} />;
  if (!current || emails === undefined) return null;

  const save = () => {
    const wrong = emails.filter((email) => !EMAIL.test(email));
    setInvalid(wrong);
    if (wrong.length > 0) return;
    const changes = {
      ...(emails.join('\n') !== current.contactEmails.join('\n') ? { contactEmails: emails } : {}),
      ...(language && language !== current.contactLanguage ? { contactLanguage: language } : {}),
    };
    if (Object.keys(changes).length === 0) {
      void message.info(t('emailSettings.hospital.unchanged'));
      return;
    }
    change.mutate(
      { institution: current, changes },
      { onSuccess: () => void message.success(t('emailSettings.hospital.saved')) },
    );
  };

  return (
    <Card
      style={{ maxWidth: 640 }}
      title={
        <h2 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {t('emailSettings.hospital.title', { hospital: name(current.names) })}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">{t('emailSettings.hospital.intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={save} requiredMark={false}>
        <Form.Item
          label={t('emailSettings.hospital.emails')}
          extra={t('emailSettings.hospital.emailsHint')}
          validateStatus={invalid.length > 0 ? 'error' : undefined}
          help={invalid.length > 0 ? t('emailSettings.hospital.invalid', { emails: invalid.join(', ') }) : undefined}
        >
          <Select
            mode="tags"
            value={emails}
            onChange={(next: string[]) => setEmails(next.map((email) => email.trim()).filter(Boolean))}
            tokenSeparators={[',', ' ', ';']}
            open={false}
            suffixIcon={null}
            aria-label={t('emailSettings.hospital.emails')}
            data-testid="hospital-contact-emails"
          />
        </Form.Item>
        <Form.Item
          label={t('emailSettings.hospital.language')}
          extra={current.contactLanguage ? undefined : t('emailSettings.hospital.languageNone')}
        >
          <Radio.Group
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
            aria-label={t('emailSettings.hospital.language')}
          >
            {LANGUAGES.map((option) => (
              <Radio key={option} value={option}>
                <span lang={option}>{LANGUAGE_NAMES[option]}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {change.error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorNotice error={change.error} onReload={() => void hospital.refetch().then(() => change.reset())} />
          </div>
        )}
        {change.isSuccess && (
          <Alert type="success" showIcon title={t('emailSettings.hospital.saved')} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('emailSettings.hospital.save')}
        </Button>
      </Form>
    </Card>
  );
}
