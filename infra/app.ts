/**
 * CDK entry point (cdk.json: `npx tsx infra/app.ts`). Synthesizes both stacks; cdk-nag runs as a
 * validation plugin, so an unacknowledged finding makes `cdk synth` / `cdk deploy` fail.
 */
import { buildApp } from './build-app';

buildApp().app.synth();
