/**
 * `npm run token -- --role staff --staff <id>`: mints a token for the local system, signed with
 * the same key `npm start` uses (.local/jwt-key.json, created when absent), and prints it.
 * Also the home of that key's location, which local/start.ts shares.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSigner, loadOrCreateKey, type TokenSubject } from '../local/jwt';
import { ROLES, type Role } from '../shared/routes';

/** Where the local key and the printed tokens live (gitignored); TEC_LOCAL_DIR moves it (tests). */
export const localDir = (env: NodeJS.ProcessEnv = process.env) =>
  resolve(env.TEC_LOCAL_DIR || join(__dirname, '..', '.local'));
export const keyFileOf = (dir: string) => join(dir, 'jwt-key.json');

/** How long local tokens last unless told otherwise: a week, so a copied token outlives restarts. */
export const LOCAL_TOKEN_SECONDS = 7 * 24 * 3600;

const USAGE = `Usage: npm run token -- --role <role> [options]

Mints a bearer token for the local API (npm start), signed with .local/jwt-key.json.

  --role <role>          ${ROLES.join(' | ')} (required)
  --institution <id>     the institution a hospital-coordinator coordinates (required for that role)
  --staff <id>           the staff record a staff user is (required for role staff)
  --sub <subject>        the user's subject (default: derived from role and id)
  --email <address>      the user's e-mail claim
  --locale <tag>         the user's locale claim (e.g. en-HK, zh-HK, zh-CN), as Cognito's locale attribute
  --expires <seconds>    lifetime in seconds (default ${LOCAL_TOKEN_SECONDS}, a week; negative = already expired)
  --help                 this text

Example: npm run token -- --role staff --staff <staffId>   (ids: GET /v1/staff with the admin token)`;

/** A mistake in the command line: the scripts print its message and the usage, and exit 2. */
export class UsageError extends Error {}

type Flags = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Strict flag parsing for the local scripts: unknown flags and positionals are usage errors; --help is always there. */
export function parseFlags(argv: string[], flags: Flags): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({
      args: argv,
      options: { ...flags, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--expires -60`: parseArgs reads "-60" as a flag; a negative number after --expires is its value. */
const joinNegativeExpiry = (argv: string[]) =>
  argv.flatMap((arg, i) =>
    arg === '--expires' && /^-\d+$/.test(argv[i + 1] ?? '')
      ? [`--expires=${argv[i + 1]}`]
      : argv[i - 1] === '--expires' && /^-\d+$/.test(arg)
        ? []
        : [arg],
  );

export function parseTokenArgs(argv: string[]): TokenSubject | 'help' {
  const values = parseFlags(joinNegativeExpiry(argv), {
    role: { type: 'string' },
    institution: { type: 'string' },
    staff: { type: 'string' },
    sub: { type: 'string' },
    email: { type: 'string' },
    locale: { type: 'string' },
    expires: { type: 'string' },
  });
  if (values.help) return 'help';
  const role = values.role as string | undefined;
  if (!role) throw new UsageError('--role is required');
  if (!(ROLES as readonly string[]).includes(role))
    throw new UsageError(`unknown role "${role}": use one of ${ROLES.join(', ')}`);
  const institutionId = values.institution as string | undefined;
  const staffId = values.staff as string | undefined;
  if (role === 'hospital-coordinator' && !institutionId)
    throw new UsageError('a hospital-coordinator needs --institution <id>');
  if (role === 'staff' && !staffId) throw new UsageError('a staff token needs --staff <id>');
  if (institutionId && role !== 'hospital-coordinator')
    throw new UsageError('--institution applies to role hospital-coordinator only');
  if (staffId && role !== 'staff') throw new UsageError('--staff applies to role staff only');
  for (const [flag, id] of [
    ['--institution', institutionId],
    ['--staff', staffId],
  ] as const) {
    if (id !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(id))
      throw new UsageError(`${flag} must be an id (1-64 letters, digits, _ or -)`);
  }
  let expiresInSeconds = LOCAL_TOKEN_SECONDS;
  if (values.expires !== undefined) {
    const text = String(values.expires);
    if (!/^-?\d{1,9}$/.test(text) || Number(text) === 0)
      throw new UsageError(`--expires takes a non-zero number of seconds, not "${text}"`);
    expiresInSeconds = Number(text);
  }
  return {
    role: role as Role,
    ...(institutionId ? { institutionId } : {}),
    ...(staffId ? { staffId } : {}),
    ...(values.sub ? { sub: String(values.sub) } : {}),
    ...(values.email ? { email: String(values.email) } : {}),
    ...(values.locale ? { locale: String(values.locale) } : {}),
    expiresInSeconds,
  };
}

async function main(): Promise<void> {
  let subject: TokenSubject | 'help';
  try {
    subject = parseTokenArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`token: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (subject === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const signer = await createSigner(await loadOrCreateKey(keyFileOf(localDir())));
  process.stdout.write(`${await signer.sign(subject)}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`token: ${error.message}\n`);
    process.exitCode = 1;
  });
}
