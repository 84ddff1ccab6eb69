/** One Powertools logger per process; structured JSON in Lambda, quiet in tests. */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({
  serviceName: 'talent-exchange',
  logLevel: (process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'SILENT' : 'INFO')) as 'INFO',
});
