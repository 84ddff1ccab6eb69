/**
 * How a feature plugs into the app: its routes (lazy, one chunk each), its navigation entries
 * and its strings. A route names who it is for — visitors ('staff'), coordinators, or both with
 * a screen each (e.g. /rotations/:id). Register a feature by adding it to features/index.ts.
 */
import type { ComponentType } from 'react';
import type { FeatureStrings } from './i18n';

/** Who a screen is for: visiting staff, or any coordinator role (admin, programme, hospital). */
export type Audience = 'staff' | 'coordinator';

export type LazyScreen = () => Promise<{ default: ComponentType }>;

export interface FeatureRoute {
  /** A react-router path from CONSOLE-MAP.md, e.g. "/me/schedule" or "/rotations/:rotationId". */
  path: string;
  audience: Audience;
  screen: LazyScreen;
}

export interface NavEntry {
  to: string;
  /** i18n key, namespaced: "visitor:nav.schedule". */
  label: string;
  audience: Audience;
  /** Lower first. */
  order: number;
  /** Also highlighted for paths under it (default: exact match only). */
  prefix?: boolean;
}

export interface FeatureModule {
  /** Also the i18n namespace of its strings. */
  name: string;
  strings?: FeatureStrings;
  routes: FeatureRoute[];
  nav?: NavEntry[];
}
