/** The local SES v2 emulator (aws-ses-v2-local) with its web inbox, in this process. */
import sesServer from 'aws-ses-v2-local';
import type { Server } from 'node:http';

export interface RunningSes {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export async function startSesLocal(port: number): Promise<RunningSes> {
  let server: Server;
  try {
    server = await sesServer({ host: '127.0.0.1', port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'EADDRINUSE'
        ? `the local SES could not start: port ${port} is already in use`
        : `the local SES could not start: ${(error as Error).message}`,
    );
  }
  // aws-ses-v2-local resolves even when listen failed (e.g. the port is taken): check.
  if (!server.listening) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!server.listening) throw new Error(`the local SES could not start: port ${port} is already in use`);
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    endpoint: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
