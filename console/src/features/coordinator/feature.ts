/**
 * The coordinators' side of the console (programme office and hospital coordinators): the
 * programmes, each programme's overview, visitors and schedule board, a host's capacity, the
 * placement page, and the language of their own emails. Hospital coordinators get the same screens confined to their hospital (the
 * API confines the data) and edit their departments.
 */
import type { FeatureModule } from '../../app/features';
import { navStrings } from './nav-strings';

const placement = () => import('./PlacementPage');

export const coordinator: FeatureModule = {
  name: 'coordinator',
  // The screens' own strings load with them (load-strings.ts).
  strings: navStrings,
  routes: [
    { path: '/programmes', audience: 'coordinator', screen: () => import('./ProgrammesPage') },
    { path: '/programmes/:programmeId', audience: 'coordinator', screen: () => import('./OverviewPage') },
    { path: '/programmes/:programmeId/placements', audience: 'coordinator', screen: () => import('./VisitorsPage') },
    { path: '/programmes/:programmeId/schedule', audience: 'coordinator', screen: () => import('./SchedulePage') },
    { path: '/institutions/:institutionId/capacity', audience: 'coordinator', screen: () => import('./CapacityPage') },
    {
      path: '/capacity',
      audience: 'coordinator',
      screen: () => import('./CapacityPage').then((m) => ({ default: m.CapacityHome })),
    },
    { path: '/settings/email', audience: 'coordinator', screen: () => import('./EmailSettingsPage') },
    { path: '/placements/:placementId', audience: 'coordinator', screen: placement },
    {
      path: '/rotations/:rotationId',
      audience: 'coordinator',
      screen: () => import('./PlacementPage').then((m) => ({ default: m.RotationRedirect })),
    },
  ],
  nav: [
    { to: '/programmes', label: 'coordinator:nav.programmes', audience: 'coordinator', order: 10, prefix: true },
    { to: '/capacity', label: 'coordinator:nav.capacity', audience: 'coordinator', order: 20 },
    { to: '/settings/email', label: 'coordinator:nav.emailSettings', audience: 'coordinator', order: 90 },
  ],
};
