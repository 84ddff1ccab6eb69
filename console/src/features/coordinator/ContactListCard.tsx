/**
 * On the email settings page: a contact list a coordinator answers for — their hospital's, or
 * a programme office's — with who the emails about its visitors go to, and the language of
 * those to addresses with no language of their own (a shared mailbox). The list is changed
 * whole, with the version it was read at as If-Match; a stale save (412) offers to reload,
 * keeping what was typed.
 */
import { Alert, App, Button, Card, Form, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../app/i18n';
import { useNames } from '../../app/names';
import { useInstitution, useProgramme } from './queries';
import { type ContactList, type ContactListKind, useChangeContactList } from './email-settings';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_ADDRESSES = 20;
type ListLanguage = Language | 'none';

export function HospitalContactsCard(props: { institutionId: string }) {
  const hospital = useInstitution(props.institutionId);
  return <ContactListCard kind="institution" id={props.institutionId} query={hospital} />;
}

export function ProgrammeContactsCard(props: { programmeId: string }) {
  const programme = useProgramme(props.programmeId);
  return <ContactListCard kind="programme" id={props.programmeId} query={programme} />;
}

function ContactListCard(props: {
  kind: ContactListKind;
  id: string;
  query: { data?: ContactList; error: unknown; refetch: () => Promise<{ data?: ContactList }> };
}) {
  const { t } = useTranslation('coordinator');
  const { message } = App.useApp();
  const name = useNames();
  const list = props.query;
  const change = useChangeContactList(props.kind, props.id);
  const ids = `contacts-${props.id}`;
  // What the form was started from: compared against and sent as If-Match, so a colleague's
  // change read in the meantime (a refetch on focus) is never overwritten unseen.
  const [base, setBase] = useState<ContactList | undefined>();
  const [emails, setEmails] = useState<string[]>([]);
  // 'none': the list has no language, and its addresses with none of their own get all three.
  const [language, setLanguage] = useState<ListLanguage>('none');
  const [invalid, setInvalid] = useState<string[]>([]);
  const [tooMany, setTooMany] = useState(false);

  useEffect(() => {
    if (list.data && !base) {
      setBase(list.data);
      setEmails(list.data.contactEmails);
      setLanguage(list.data.contactLanguage ?? 'none');
    }
  }, [list.data, base]);

  if (list.error) return <ErrorNotice error={list.error} onReload={() => void list.refetch()} />;
  if (!base) return null;

  const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
  const edited = (next: { emails?: string[]; language?: ListLanguage }) => {
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
    const { data: fresh } = await list.refetch();
    if (!fresh) return;
    if (sameList(emails, base.contactEmails)) setEmails(fresh.contactEmails);
    if (language === (base.contactLanguage ?? 'none')) setLanguage(fresh.contactLanguage ?? 'none');
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
      ...(language !== (base.contactLanguage ?? 'none')
        ? { contactLanguage: language === 'none' ? null : language }
        : {}),
    };
    if (Object.keys(changes).length === 0) {
      setInvalid([]);
      change.reset();
      return void message.info(t('emailSettings.list.unchanged'));
    }
    change.mutate({ list: base, changes }, { onSuccess: setBase });
  };

  const problem = invalid.length > 0 || tooMany;
  return (
    <Card
      style={{ maxWidth: 640 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('emailSettings.list.title', { name: name(base.names) })}</h2>}
    >
      <Typography.Paragraph type="secondary">
        {t(props.kind === 'institution' ? 'emailSettings.list.introHospital' : 'emailSettings.list.introProgramme')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={save} requiredMark={false}>
        <Form.Item
          label={t('emailSettings.list.emails')}
          extra={<span id={`${ids}-hint`}>{t('emailSettings.list.emailsHint')}</span>}
          validateStatus={problem ? 'error' : undefined}
          help={
            problem ? (
              <span id={`${ids}-error`}>
                {invalid.length > 0
                  ? t('emailSettings.list.invalid', { emails: invalid.join(', ') })
                  : t('emailSettings.list.tooMany', { max: MAX_ADDRESSES })}
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
            aria-label={t('emailSettings.list.emails')}
            aria-invalid={problem || undefined}
            aria-describedby={problem ? `${ids}-error ${ids}-hint` : `${ids}-hint`}
            data-testid="contact-emails"
          />
        </Form.Item>
        <Form.Item label={t('emailSettings.list.language')}>
          <Radio.Group
            value={language}
            onChange={(event) => edited({ language: event.target.value as ListLanguage })}
            aria-label={t('emailSettings.list.language')}
          >
            {LANGUAGES.map((option) => (
              <Radio key={option} value={option}>
                <span lang={option}>{LANGUAGE_NAMES[option]}</span>
              </Radio>
            ))}
            <Radio value="none">{t('emailSettings.list.languageNone')}</Radio>
          </Radio.Group>
        </Form.Item>
        {change.error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorNotice error={change.error} onReload={() => void reload()} />
          </div>
        )}
        {change.isSuccess && (
          <Alert type="success" showIcon title={t('emailSettings.list.saved')} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('emailSettings.list.save')}
        </Button>
      </Form>
    </Card>
  );
}
