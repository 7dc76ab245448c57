import pino from 'pino';

/** JSON logs on stdout (one object a line), level from LOG_LEVEL. */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'zongjian' } });
