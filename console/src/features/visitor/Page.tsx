/** The frame of a visitor screen: its heading, and loading or error states in the reader's language. */
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/router';
import './load-strings';

export function VisitorPage(props: {
  title: string;
  intro?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onReload?: () => void;
  children?: ReactNode;
}) {
  useEffect(() => {
    document.title = props.title;
  }, [props.title]);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, marginInline: 'auto' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: props.intro ? 4 : 0 }}>
          {props.title}
        </Typography.Title>
        {props.intro && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {props.intro}
          </Typography.Paragraph>
        )}
      </div>
      {props.error ? <ErrorNotice error={props.error} onReload={props.onReload} /> : null}
      {props.loading ? <Loading /> : props.children}
    </Flex>
  );
}
