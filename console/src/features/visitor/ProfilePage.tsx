/**
 * /me/profile: the three things a visitor may change about themselves — email, phone and
 * preferred language (which also switches this console and the language of future emails).
 * What was typed is kept when saving fails; a stale save (412) offers to reload, keeping it.
 */
import { Alert, Button, Card, Descriptions, Form, Input, message as antMessage, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { changeLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../app/i18n';
import { useNames } from '../../app/names';
import { useLookup } from './lookup';
import { VisitorPage } from './Page';
import { type Staff, useMe, useUpdateProfile } from './queries';

interface Values {
  email: string;
  phone: string;
  preferredLanguage: Language;
}

const PHONE = /^\+?[0-9 ()-]{6,24}$/;

export default function ProfilePage() {
  const { t, i18n } = useTranslation('visitor');
  // The screen's own message holder: the app has no antd <App> around every screen.
  const [message, messageHolder] = antMessage.useMessage();
  const name = useNames();
  const me = useMe();
  const lookup = useLookup(me.data);
  const update = useUpdateProfile();
  const [form] = Form.useForm<Values>();
  const [filled, setFilled] = useState(false);
  const staff = me.data?.staff;

  // Fill the form once; later reloads (e.g. after a 412) refresh the version, not what was typed.
  useEffect(() => {
    if (staff && !filled) {
      form.setFieldsValue({
        email: staff.email,
        phone: staff.phone ?? '',
        preferredLanguage: staff.preferredLanguage ?? (i18n.language as Language),
      });
      setFilled(true);
    }
  }, [staff, filled, form, i18n.language]);

  const save = (values: Values) => {
    if (!staff) return;
    const changes: { email?: string; phone?: string; preferredLanguage?: Staff['preferredLanguage'] } = {};
    if (values.email.trim() !== staff.email) changes.email = values.email.trim();
    if (values.phone.trim() && values.phone.trim() !== (staff.phone ?? '')) changes.phone = values.phone.trim();
    if (values.preferredLanguage !== staff.preferredLanguage) changes.preferredLanguage = values.preferredLanguage;
    if (Object.keys(changes).length === 0) {
      void message.info(t('profile.unchanged'));
      return;
    }
    update.mutate(
      { staff, changes },
      {
        onSuccess: (saved) => {
          if (saved.preferredLanguage) changeLanguage(saved.preferredLanguage);
          void message.success(t('profile.saved'));
        },
      },
    );
  };

  return (
    <VisitorPage
      title={t('profile.title')}
      intro={t('profile.intro')}
      loading={me.isPending}
      error={me.error}
      onReload={() => void me.refetch()}
    >
      {messageHolder}
      {staff && (
        <>
          <Card size="small">
            <Descriptions
              colon={false}
              column={1}
              size="small"
              styles={{ label: { width: 112, whiteSpace: 'normal' } }}
              items={[
                { key: 'name', label: t('profile.name'), children: name(staff.names) },
                {
                  key: 'discipline',
                  label: t('profile.discipline'),
                  children: t(`common:discipline.${staff.discipline}`),
                },
                { key: 'specialty', label: t('profile.specialty'), children: staff.specialty },
                {
                  key: 'home',
                  label: t('profile.home'),
                  children: name(lookup.institution(staff.homeInstitutionId)?.names),
                },
              ]}
            />
          </Card>
          <Card>
            <Form<Values> form={form} layout="vertical" onFinish={save} requiredMark={false}>
              <Form.Item
                name="email"
                label={t('profile.email')}
                rules={[{ required: true, type: 'email', message: t('profile.emailInvalid') }]}
              >
                <Input type="email" autoComplete="email" inputMode="email" />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('profile.phone')}
                extra={t('profile.phoneHint')}
                rules={[
                  {
                    validator: (_, value: string) =>
                      !value || PHONE.test(value.trim())
                        ? Promise.resolve()
                        : Promise.reject(t('profile.phoneInvalid')),
                  },
                ]}
              >
                <Input type="tel" autoComplete="tel" inputMode="tel" />
              </Form.Item>
              <Form.Item name="preferredLanguage" label={t('profile.language')} extra={t('profile.languageHint')}>
                <Radio.Group
                  options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
                />
              </Form.Item>
              {update.error && (
                <div style={{ marginBottom: 16 }}>
                  <ErrorNotice error={update.error} onReload={() => void me.refetch().then(() => update.reset())} />
                </div>
              )}
              {update.isSuccess && (
                <Alert type="success" showIcon title={t('profile.saved')} style={{ marginBottom: 16 }} />
              )}
              <Button type="primary" htmlType="submit" size="large" loading={update.isPending} block>
                {t('profile.save')}
              </Button>
            </Form>
          </Card>
        </>
      )}
    </VisitorPage>
  );
}
