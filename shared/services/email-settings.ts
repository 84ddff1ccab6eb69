/**
 * A coordinator's email settings: the language their emails are written in. Programmes and
 * hospitals list coordinators' addresses as contacts; each address may have settings of its own,
 * kept under the address (the notifier looks them up by it). The language they chose wins; else
 * their sign-in's (the ID token's `locale`, recorded whenever they read or change their
 * settings, as the console does on their first screen); else their contact list's language.
 */
import type * as z from 'zod';
import type { Principal } from '../auth/principal';
import { emailSettingsOwner } from '../auth/policy';
import type { EmailSettings, EmailSettingsPatch } from '../schemas';
import { repository, write } from '../repository';
import { assertVersion, nowIso, runWrite, type Plan, type WriteContext } from './write';

const stored = async (email: string): Promise<EmailSettings> =>
  (await repository.getEmailSettings(email)) ?? { email, version: 0 };

/** The settings as they are, with the sign-in's language recorded when it is new. */
function withSignIn(principal: Principal, current: EmailSettings): Plan<EmailSettings> {
  const signIn = principal.signInLanguage;
  if (!signIn || signIn === current.signInLanguage) return { entity: current, version: current.version, writes: [] };
  const next: EmailSettings = { ...current, signInLanguage: signIn, version: current.version + 1, updatedAt: nowIso() };
  return { entity: next, version: next.version, writes: [write.emailSettings(next, current.version)] };
}

/**
 * The caller's settings (version 0 when none are stored). Reading records the language the
 * sign-in carries if it changed, as a sign-in would: it decides nothing the coordinator chose.
 */
export async function myEmailSettings(principal: Principal): Promise<EmailSettings> {
  const email = emailSettingsOwner(principal);
  const outcome = await runWrite({ principal, dryRun: false }, async () => withSignIn(principal, await stored(email)));
  return outcome.entity;
}

/** Choose the language of one's emails, or (null) go back to the sign-in's and the contact lists'. */
export async function updateMyEmailSettings(ctx: WriteContext, patch: z.output<typeof EmailSettingsPatch>) {
  const email = emailSettingsOwner(ctx.principal);
  return runWrite(ctx, async () => {
    const current = await stored(email);
    assertVersion(ctx, current, 'Your email settings');
    const { language: _previous, ...rest } = current;
    const next: EmailSettings = {
      ...rest,
      ...(patch.language ? { language: patch.language } : {}),
      ...(ctx.principal.signInLanguage ? { signInLanguage: ctx.principal.signInLanguage } : {}),
      version: current.version + 1,
      updatedAt: nowIso(),
    };
    return { entity: next, version: next.version, writes: [write.emailSettings(next, current.version)] };
  });
}
