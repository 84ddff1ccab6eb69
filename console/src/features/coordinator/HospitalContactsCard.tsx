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

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_ADDRESSES = 20;

type Institution = NonNullable<ReturnType<typeof useInstitution>['data']>;

export function HospitalContactsCard(props: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const { message } = App.useApp();
  const name = useNames();
  const hospital = useInstitution(props.institutionId);
  const change = useChangeHospitalContacts();
  // What the form was started from: compared against and sent as If-Match, so a colleague's
  // change read in the meantime (a refetch on focus) is never overwritten unseen.
  const [base, setBase] = useState<Institution | undefined>();
  const [emails, setEmails] = useState<string[]>([]);
  const [language, setLanguage] = useState<Language | undefined>();
  const [invalid, setInvalid] = useState<string[]>([]);
  const [tooMany, setTooMany] = useState(false);

  useEffect(() => {
    if (hospital.data && !base) {
      setBase(hospital.data);
      setEmails(hospital.data.contactEmails);
      setLanguage(hospital.data.contactLanguage);
    }
  }, [hospital.data, base]);

  if (hospital.error) return <ErrorNotice error={hospital.error} onReload={() => void hospital.refetch()} />;
  if (!base) return null;

  const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
  const edited = (next: { emails?: string[]; language?: Language }) => {
    change.reset();
    if (next.emails) {
      setEmails(next.emails);
      setInvalid((wrong) => wrong.filter((email) => next.emails?.includes(email)));
      setTooMany(false);
    }
    if (next.language) setLanguage(next.language);
  };

  /** After a 412: the fresh record, keeping what was edited and taking the rest as it now is. */
  const reload = async () => {
    const { data: fresh } = await hospital.refetch();
    if (!fresh) return;
    if (sameList(emails, base.contactEmails)) setEmails(fresh.contactEmails);
    if (language === base.contactLanguage) setLanguage(fresh.contactLanguage);
    setBase(fresh);
    change.reset();
  };

  const save = () => {
    const wrong = emails.filter((email) => !EMAIL.test(email));
    setInvalid(wrong);
    setTooMany(emails.length > MAX_ADDRESSES);
    if (wrong.length > 0 || emails.length > MAX_ADDRESSES) return;
    const changes = {
      ...(sameList(emails, base.contactEmails) ? {} : { contactEmails: emails }),
      ...(language && language !== base.contactLanguage ? { contactLanguage: language } : {}),
    };
    if (Object.keys(changes).length === 0) {
      setInvalid([]);
      change.reset();
      return void message.info(t('emailSettings.hospital.unchanged'));
    }
    change.mutate({ institution: base, changes }, { onSuccess: (saved) => 'institutionId' in saved && setBase(saved) });
  };

  const problem = invalid.length > 0 || tooMany;
  return (
    <Card
      style={{ maxWidth: 640 }}
      title={
        <h2 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {t('emailSettings.hospital.title', { hospital: name(base.names) })}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">{t('emailSettings.hospital.intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={save} requiredMark={false}>
        <Form.Item
          label={t('emailSettings.hospital.emails')}
          extra={<span id="hospital-contacts-hint">{t('emailSettings.hospital.emailsHint')}</span>}
          validateStatus={problem ? 'error' : undefined}
          help={
            problem ? (
              <span id="hospital-contacts-error">
                {invalid.length > 0
                  ? t('emailSettings.hospital.invalid', { emails: invalid.join(', ') })
                  : t('emailSettings.hospital.tooMany', { max: MAX_ADDRESSES })}
              </span>
            ) : undefined
          }
        >
          <Select
            mode="tags"
            value={emails}
            onChange={(next: string[]) => edited({ emails: next.map((email) => email.trim()).filter(Boolean) })}
            tokenSeparators={[',', ' ', ';']}
            open={false}
            suffixIcon={null}
            aria-label={t('emailSettings.hospital.emails')}
            aria-invalid={problem || undefined}
            aria-describedby={problem ? 'hospital-contacts-error hospital-contacts-hint' : 'hospital-contacts-hint'}
            data-testid="hospital-contact-emails"
          />
        </Form.Item>
        <Form.Item
          label={t('emailSettings.hospital.language')}
          extra={base.contactLanguage ? undefined : t('emailSettings.hospital.languageNone')}
        >
          <Radio.Group
            value={language}
            onChange={(event) => edited({ language: event.target.value as Language })}
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
            <ErrorNotice error={change.error} onReload={() => void reload()} />
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
