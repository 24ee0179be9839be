// Record ids in URLs (/staff/meetings/{id}, /api/documents/{id}…). Ids are
// cuids: letters and digits. Anything else (a NUL, a quote, a slash) names no
// record: a 404, never a database query (PostgreSQL rejects NUL with an error).
export const RECORD_ID_PATTERN = /^[a-z0-9]{1,40}$/i;

export const isRecordId = (value: unknown): value is string => typeof value === "string" && RECORD_ID_PATTERN.test(value);
