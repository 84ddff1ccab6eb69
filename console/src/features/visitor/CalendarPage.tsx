/**
 * /me/calendar: subscribe to one's rotations in a calendar app — a webcal:// link that opens the
 * phone's calendar, the https link to copy, short instructions per platform, and a new link when
 * the old one was shared by mistake. One request: GET /v1/me.
 */
import { CalendarOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Input, message as antMessage, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { VisitorPage } from './Page';
import { useMe, useRevokeFeed } from './queries';

/** The feed as a webcal:// link: calendar apps subscribe to it (and refresh it) instead of downloading once. */
export const webcalOf = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

export default function CalendarPage() {
  const { t } = useTranslation('visitor');
  // The screen's own message holder: the app has no antd <App> around every screen.
  const [message, messageHolder] = antMessage.useMessage();
  const me = useMe();
  const revoke = useRevokeFeed();
  const url = me.data?.calendarFeedUrl ?? '';
  const steps = (key: 'iphone' | 'android' | 'outlook') => (
    <ol style={{ paddingInlineStart: 20, margin: 0 }}>
      {(t(`calendar.${key}`, { returnObjects: true }) as string[]).map((step) => (
        <li key={step} style={{ marginBottom: 4 }}>
          {step}
        </li>
      ))}
    </ol>
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('calendar.copied'));
    } catch {
      // No clipboard permission: the field is selected so a long-press copies it.
      (document.getElementById('calendar-link') as HTMLInputElement | null)?.select();
    }
  };
  return (
    <VisitorPage
      title={t('calendar.title')}
      intro={t('calendar.intro')}
      loading={me.isPending}
      error={me.error}
      onReload={() => void me.refetch()}
    >
      {messageHolder}
      <Card>
        <Flex vertical gap={12}>
          <Button
            type="primary"
            size="large"
            icon={<CalendarOutlined />}
            href={webcalOf(url)}
            block
            data-testid="webcal-link"
          >
            {t('calendar.subscribe')}
          </Button>
          <div>
            <label htmlFor="calendar-link" style={{ display: 'block', marginBottom: 4, fontWeight: 500 }}>
              {t('calendar.linkLabel')}
            </label>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                id="calendar-link"
                value={url}
                readOnly
                onFocus={(e) => e.target.select()}
                data-testid="feed-url"
              />
              <Button icon={<CopyOutlined />} onClick={() => void copy()}>
                {t('calendar.copy')}
              </Button>
            </Space.Compact>
            <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0, fontSize: 13 }}>
              {t('calendar.linkHint')}
            </Typography.Paragraph>
          </div>
        </Flex>
      </Card>
      <section aria-labelledby="how-to">
        <Typography.Title level={2} id="how-to" style={{ fontSize: 18 }}>
          {t('calendar.howTo')}
        </Typography.Title>
        <Collapse
          defaultActiveKey={['iphone']}
          items={[
            { key: 'iphone', label: t('calendar.iphoneTitle'), children: steps('iphone') },
            { key: 'android', label: t('calendar.androidTitle'), children: steps('android') },
            { key: 'outlook', label: t('calendar.outlookTitle'), children: steps('outlook') },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('calendar.updates')}
        </Typography.Paragraph>
      </section>
      <Card size="small">
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
          {t('calendar.revokeTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('calendar.revokeBody')}</Typography.Paragraph>
        <Popconfirm
          title={t('calendar.revokeConfirm')}
          okText={t('calendar.revokeOk')}
          cancelText={t('common:actions.cancel')}
          onConfirm={() =>
            revoke.mutateAsync().then(
              () => void message.success(t('calendar.revoked')),
              () => undefined,
            )
          }
        >
          <Button danger loading={revoke.isPending}>
            {t('calendar.revoke')}
          </Button>
        </Popconfirm>
        {revoke.isSuccess && <Alert style={{ marginTop: 12 }} type="success" showIcon title={t('calendar.revoked')} />}
        {revoke.error && (
          <div style={{ marginTop: 12 }}>
            <ErrorNotice error={revoke.error} />
          </div>
        )}
      </Card>
    </VisitorPage>
  );
}
