/**
 * cdk-nag on every synth: the AWS Solutions and HIPAA Security rule packs run as CDK validation
 * plugins (cdk-nag 3 replaced its Aspect with CDK's policy-validation framework). A finding that
 * is not acknowledged fails the synth: `cdk synth`/`cdk deploy` print the report and exit
 * non-zero, and an in-process synth (the tests) throws.
 *
 * An acknowledgement is the v3 form of a NagSuppression. Each one names exactly one rule (or one
 * finding of it, e.g. `AwsSolutions-IAM5[Resource::*]`), sits on the narrowest construct it is
 * about, and carries a reason written for a security reviewer. The reasons are also written into
 * the template's resource Metadata (`cdk_nag.rules_to_suppress`) as an audit trail.
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { AwsSolutionsChecks, HIPAASecurityChecks, type NagPack } from 'cdk-nag';

/** The packs this project must pass, fresh instances each call (one per app). */
export function compliancePacks(scope: IConstruct): NagPack[] {
  const props = { verbose: true, writeSuppressionsToCloudFormation: true };
  return [new AwsSolutionsChecks(scope, props), new HIPAASecurityChecks(scope, props)];
}

/** Register the packs on an app (or stage); every synth of it is then checked. */
export function applyCompliance(scope: IConstruct): NagPack[] {
  const packs = compliancePacks(scope);
  Validations.of(scope).addPlugins(...packs);
  return packs;
}

const MIN_REASON_LENGTH = 40;

/**
 * Acknowledge one cdk-nag finding on one construct. A reason too short to be a reason is a bug,
 * caught here rather than in review.
 */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  if (!/^(AwsSolutions|HIPAA\.Security)-\w+(\[.+\])?$/.test(id)) {
    throw new Error(`Not a cdk-nag rule id: ${id}`);
  }
  if (reason.trim().length < MIN_REASON_LENGTH) {
    throw new Error(`The acknowledgement of ${id} on ${scope.node.path} needs a real reason`);
  }
  Validations.of(scope).acknowledge({ id, reason });
}
