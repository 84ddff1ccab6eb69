/** Batch work in the console: import nominations from a spreadsheet, earlier imports, exports. */
import type { FeatureModule } from '../../app/features';
import { importsStrings } from './strings';

export const imports: FeatureModule = {
  name: 'imports',
  strings: importsStrings,
  routes: [
    { path: '/programmes/:programmeId/imports', audience: 'coordinator', screen: () => import('./ImportsPage') },
  ],
};
