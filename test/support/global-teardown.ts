/** Stops what global-setup started, so no Java process outlives the test run. */
export default async function globalTeardown(): Promise<void> {
  const services = (
    globalThis as { __localServices?: { dynamo: { stop(): Promise<void> }; ses: { stop(): Promise<void> } } }
  ).__localServices;
  if (!services) return;
  await Promise.all([services.dynamo.stop(), services.ses.stop()]);
}
