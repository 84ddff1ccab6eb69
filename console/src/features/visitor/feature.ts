/** The visiting staff's side of the console: their placement, schedule, calendar and profile. */
import type { FeatureModule } from '../../app/features';
import { navStrings } from './nav-strings';

const placement = () => import('./MyPlacement');

export const visitor: FeatureModule = {
  name: 'visitor',
  // The screens' own strings load with them (load-strings.ts).
  strings: navStrings,
  routes: [
    { path: '/me', audience: 'staff', screen: placement },
    { path: '/placements/:placementId', audience: 'staff', screen: placement },
    { path: '/me/schedule', audience: 'staff', screen: () => import('./MySchedule') },
    { path: '/rotations/:rotationId', audience: 'staff', screen: () => import('./RotationPage') },
    { path: '/me/calendar', audience: 'staff', screen: () => import('./CalendarPage') },
    { path: '/me/profile', audience: 'staff', screen: () => import('./ProfilePage') },
  ],
  nav: [
    { to: '/me', label: 'visitor:nav.placement', audience: 'staff', order: 10 },
    { to: '/me/schedule', label: 'visitor:nav.schedule', audience: 'staff', order: 20 },
    { to: '/me/calendar', label: 'visitor:nav.calendar', audience: 'staff', order: 30 },
    { to: '/me/profile', label: 'visitor:nav.profile', audience: 'staff', order: 40 },
  ],
};
