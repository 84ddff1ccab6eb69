/**
 * Synthesizes the CDK app the way infra/app.ts does (same buildApp), into a temporary directory,
 * for the infra tests. `bundle: false` skips esbuild (the template is the same apart from asset
 * hashes) for tests that only look at the template.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { PolicyViolation } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { buildApp, type BuildAppOptions } from '../../infra/build-app';

export interface SynthOptions extends Pick<BuildAppOptions, 'routes'> {
  readonly bundle?: boolean;
  readonly context?: Record<string, unknown>;
  /** Runs after the stacks are built and before synthesis (to add a violation, say). */
  readonly modify?: (built: ReturnType<typeof buildApp>) => void;
  /** Let synthesis finish despite validation failures, so a test can inspect them. */
  readonly tolerateViolations?: boolean;
}

export function synthesize(options: SynthOptions = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'talent-exchange-cdk-'));
  const built = buildApp({
    outdir,
    routes: options.routes,
    context: {
      ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
      ...(options.tolerateViolations ? { '@aws-cdk/core:failSynthOnValidationErrors': false } : {}),
      ...options.context,
    },
  });
  let assembly: ReturnType<typeof built.app.synth>;
  try {
    options.modify?.(built);
    assembly = built.app.synth();
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  const template = Template.fromStack(built.stack);
  const mailTemplate = Template.fromStack(built.mailStack);
  return {
    ...built,
    outdir,
    assembly,
    /** Remove the synthesized assembly (bundles included) from the temporary directory. */
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
    template,
    mailTemplate,
    /** cdk-nag findings that are not acknowledged, per pack (AwsSolutions, HIPAA.Security). */
    violations(): Record<string, PolicyViolation[]> {
      return Object.fromEntries(built.packs.map((pack) => [pack.name, pack.validateScope(built.app).violations]));
    },
    logicalId(construct: IConstruct): string {
      return built.stack.getLogicalId(construct.node.defaultChild as CfnResource);
    },
    /** The synthesized validation report (what `cdk synth` prints). */
    validationReport(): { pluginReports: { summary?: { status?: string }; violations?: unknown[] }[] } {
      return JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    },
  };
}

export type Synthesized = ReturnType<typeof synthesize>;

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};

/** Every IAM statement of the template (inline policies, managed policies, role policies). */
export function allStatements(template: Template): { resource: string; statement: Statement }[] {
  const out: { resource: string; statement: Statement }[] = [];
  const add = (resource: string, document: { Statement?: Statement[] } | undefined) => {
    for (const statement of document?.Statement ?? []) out.push({ resource, statement });
  };
  for (const [id, policy] of Object.entries(template.findResources('AWS::IAM::Policy')))
    add(id, policy.Properties.PolicyDocument);
  for (const [id, policy] of Object.entries(template.findResources('AWS::IAM::ManagedPolicy')))
    add(id, policy.Properties.PolicyDocument);
  for (const [id, role] of Object.entries(template.findResources('AWS::IAM::Role'))) {
    for (const policy of role.Properties.Policies ?? []) add(id, policy.PolicyDocument);
  }
  return out;
}

export const actionsOf = (statement: Statement): string[] => ([] as string[]).concat(statement.Action);

/** The statements of one role's policies. */
export function statementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleLogicalId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}
