/**
 * A state as a small label, in colours that keep WCAG AA contrast (antd's preset tag colours do
 * not: light text on light backgrounds). Screens map their states to a tone.
 */
import type { ReactNode } from 'react';

export type Tone = 'waiting' | 'good' | 'bad' | 'neutral' | 'info';

const TONES: Record<Tone, { color: string; background: string; border: string }> = {
  waiting: { color: '#5c3200', background: '#fff1b8', border: '#d4a106' },
  good: { color: '#1f4d0a', background: '#e3f5d4', border: '#73b348' },
  bad: { color: '#7a0b0e', background: '#ffe1de', border: '#e0706e' },
  neutral: { color: '#262626', background: '#f0f0f0', border: '#bfbfbf' },
  info: { color: '#0b2a6b', background: '#e1eaff', border: '#7f9ee6' },
};

export function StatusTag(props: { tone: Tone; children: ReactNode }) {
  const tone = TONES[props.tone];
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 6,
        border: `1px solid ${tone.border}`,
        color: tone.color,
        background: tone.background,
        fontSize: 13,
        lineHeight: '20px',
        whiteSpace: 'normal',
      }}
    >
      {props.children}
    </span>
  );
}
