import pino from 'pino';

/**
 * JSON logs on stdout (one object a line), level from LOG_LEVEL. Credentials never reach a log: a session
 * token or API key in `Authorization`, the session cookie, and the cookie the login sets are censored.
 */
export const loggerOptions: pino.LoggerOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'zongjian' },
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
};

export const logger = pino(loggerOptions);
