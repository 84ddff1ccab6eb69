/**
 * The environment of a person's shell, for tests that run `npm start` as a person would: none of
 * the jest run's endpoints, keys, table, ports or NODE_ENV, plus the settings the test adds.
 */
const RUN_SETTINGS = [
  'DYNAMODB_ENDPOINT',
  'SES_ENDPOINT',
  'S3_ENDPOINT',
  'UPLOAD_BUCKET',
  'TABLE_NAME',
  'API_URL',
  'CONSOLE_URL',
  'LOCAL_JWT_KEY_FILE',
  'JEST_WORKER_ID',
  'PORT',
  'TEC_DATA_DIR',
  'TEC_DYNAMODB_PORT',
  'TEC_SES_PORT',
  'TEC_S3_PORT',
  'TEC_CONSOLE_PORT',
  'TEC_IDP_PORT',
  'NODE_ENV',
];

export function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...extra };
  for (const name of RUN_SETTINGS) delete env[name];
  return env;
}
