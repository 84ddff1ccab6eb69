/** Batch work in the console: import nominations from a spreadsheet, earlier imports, exports. */
import type { FeatureModule } from '../../app/features';

export const imports: FeatureModule = {
  name: 'imports',
  // The screen's strings load with it (load-strings.ts).
  routes: [
    { path: '/programmes/:programmeId/imports', audience: 'coordinator', screen: () => import('./ImportsPage') },
  ],
};
