/**
 * The screens' strings join i18next when the first coordinator screen loads, so they travel in
 * the screens' chunks, not in the JavaScript every visitor's first page loads. The menu's labels,
 * needed before any screen, come with the feature (feature.ts).
 */
import i18next from 'i18next';
import { emailSettingsStrings } from './email-settings-strings';
import { coordinatorStrings } from './strings';

for (const [language, bundle] of Object.entries(coordinatorStrings))
  i18next.addResourceBundle(language, 'coordinator', bundle, true, false);
for (const [language, bundle] of Object.entries(emailSettingsStrings))
  i18next.addResourceBundle(language, 'coordinator', { emailSettings: bundle }, true, false);
