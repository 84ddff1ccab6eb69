/**
 * The screens' strings join i18next when the first visitor screen loads, so they travel in the
 * screens' chunks, not in the JavaScript every first page loads. The menu's labels, needed
 * before any screen, come with the feature (feature.ts).
 */
import i18next from 'i18next';
import { visitorStrings } from './strings';

for (const [language, bundle] of Object.entries(visitorStrings))
  i18next.addResourceBundle(language, 'visitor', bundle, true, false);
