/** The frame of a visitor screen: the shared page frame at a reading width, with its strings loaded. */
import type { ComponentProps, ReactNode } from 'react';
import { PageFrame } from '../../app/PageFrame';
import './load-strings';

export function VisitorPage(
  props: Omit<ComponentProps<typeof PageFrame>, 'subtitle' | 'narrow' | 'extra' | 'tabs'> & { intro?: ReactNode },
) {
  const { intro, ...rest } = props;
  return <PageFrame {...rest} subtitle={intro} narrow />;
}
