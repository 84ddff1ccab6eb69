/**
 * The frame of every screen: its heading (also the document's title), a line under it, what sits
 * beside it, and its loading or error state in the reader's language. The coordinators' and the
 * visitors' screens both stand in it; a visitor's is narrower, for reading on a phone.
 */
import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './router';

export function PageFrame(props: {
  title: string;
  subtitle?: ReactNode;
  /** Beside the heading (e.g. an export button). */
  extra?: ReactNode;
  /** Under the heading (e.g. a programme's tabs). */
  tabs?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onReload?: () => void;
  /** A reading width, centred: the visitor's screens. */
  narrow?: boolean;
  children?: ReactNode;
}) {
  useEffect(() => {
    document.title = props.title;
  }, [props.title]);
  return (
    <Flex vertical gap={16} style={props.narrow ? { maxWidth: 720, marginInline: 'auto' } : { minWidth: 0 }}>
      <Flex wrap justify="space-between" align="flex-end" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 24, marginBottom: props.subtitle ? 4 : 0 }}>
            {props.title}
          </Typography.Title>
          {props.subtitle && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {props.subtitle}
            </Typography.Paragraph>
          )}
        </div>
        {props.extra}
      </Flex>
      {props.tabs}
      {props.error ? <ErrorNotice error={props.error} onReload={props.onReload} /> : null}
      {props.loading ? <Loading /> : props.children}
    </Flex>
  );
}
