/**
 * The import screen's strings join i18next when the screen loads, so they travel in its chunk,
 * not in the JavaScript every first page loads.
 */
import i18next from 'i18next';
import { importsStrings } from './strings';

for (const [language, bundle] of Object.entries(importsStrings))
  i18next.addResourceBundle(language, 'imports', bundle, true, false);
