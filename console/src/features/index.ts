/**
 * Every feature of the console. Add yours here: its routes, navigation entries and strings come
 * with it (see app/features.ts and console/README.md).
 */
import type { FeatureModule } from '../app/features';
import { coordinator } from './coordinator/feature';
import { imports } from './imports/feature';
import { visitor } from './visitor/feature';

export const features: FeatureModule[] = [visitor, coordinator, imports];
