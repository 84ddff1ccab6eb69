import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { describeError } from './errors';

/** An API error in the user's language, with Reload (stale data) or Sign in (expired) when they help. */
export function ErrorNotice(props: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const d = describeError(props.error, t);
  const actions = (
    <Space wrap>
      {d.offerReload && props.onReload && (
        <Button size="small" onClick={props.onReload}>
          {t('actions.reload')}
        </Button>
      )}
      {d.signInAgain && (
        <Button size="small" onClick={() => void signIn()}>
          {t('auth.signIn')}
        </Button>
      )}
    </Space>
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={d.message}
      description={
        d.details.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {d.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={d.offerReload || d.signInAgain ? actions : undefined}
    />
  );
}
