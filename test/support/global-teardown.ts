/** Stops what global-setup started, so no Java process outlives the test run. */
interface Stoppable {
  stop(): Promise<void>;
}
export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __localServices?: { dynamo: Stoppable; ses: Stoppable; s3: Stoppable } })
    .__localServices;
  if (!services) return;
  await Promise.all([services.dynamo.stop(), services.ses.stop(), services.s3.stop()]);
}
