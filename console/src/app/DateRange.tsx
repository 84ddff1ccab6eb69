/** A date range in the reader's language, each date kept whole on one line (a phone breaks only between them). */
import { useTranslation } from 'react-i18next';
import { useDates } from './dates';

export function DateRange(props: { from: string; to: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  // The translation decides the order and the words around the dates; the dates go in as markers.
  const FROM = '{from}';
  const TO = '{to}';
  const text = t('dates.range', { from: FROM, to: TO });
  const before = text.slice(0, text.indexOf(FROM));
  const middle = text.slice(text.indexOf(FROM) + FROM.length, text.indexOf(TO));
  const after = text.slice(text.indexOf(TO) + TO.length);
  const whole = { whiteSpace: 'nowrap' } as const;
  return (
    <span>
      {before}
      <span style={whole}>{dates.date(props.from)}</span>
      {middle}
      <span style={whole}>{dates.date(props.to)}</span>
      {after}
    </span>
  );
}
