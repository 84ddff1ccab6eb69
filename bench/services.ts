/**
 * What the benchmark starts for itself and stops again: DynamoDB Local on a free port (in
 * memory) and the local SES (the notifier's cold start sends one email). Nothing outlives the
 * run: stopped at the end, on Ctrl-C / SIGTERM, on any exit (SIGKILL, synchronously), and — if
 * this process is killed outright — by a tiny shell watchdog that stops Java when we are gone.
 */
import type { ChildProcess } from 'node:child_process';
import { guardAgainstOrphan, startDynamoLocal, type RunningDynamo } from '../local/dynamodb-local';
import { startSesLocal, type RunningSes } from '../local/ses-local';
import { freePort } from '../local/ports';

export interface Services {
  dynamo: RunningDynamo;
  ses: RunningSes;
  stop(): Promise<void>;
}

const alive = (child: ChildProcess | undefined): child is ChildProcess =>
  Boolean(child && child.exitCode === null && child.signalCode === null);

export async function startServices(): Promise<Services> {
  const dynamo = await startDynamoLocal({ port: await freePort() });
  const guard = guardAgainstOrphan(dynamo.process.pid!);
  const killNow = () => {
    if (alive(dynamo.process)) dynamo.process.kill('SIGKILL');
    if (alive(guard)) guard.kill('SIGKILL');
  };
  process.on('exit', killNow);

  let ses: RunningSes;
  try {
    ses = await startSesLocal(0);
  } catch (error) {
    await dynamo.stop();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await Promise.all([dynamo.stop(), ses.stop().catch(() => undefined)]);
      if (alive(guard)) guard.kill('SIGKILL');
      process.off('exit', killNow);
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping DynamoDB Local…\n`);
      void stop().finally(() => process.exit(130));
    });
  }
  return { dynamo, ses, stop };
}
