/**
 * Limits on imported files, as plain numbers: the API's schemas and the web console both read
 * them here (the console must not bundle the schemas to know when a file needs an upload form).
 *
 * API Gateway's HTTP API takes 10 MB and Lambda 6 MB per synchronous request, so a file sent
 * inside a request (base64, gzip-compressed first by the console) is capped at 6,000,000
 * characters; the file itself at 5 MB. A file that does not fit that way (an XLSX over about
 * 4.4 MB: compressed already, and base64 adds a third) is posted to storage with an upload form.
 */
export const MAX_IMPORT_BODY_BYTES = 6_000_000;
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
