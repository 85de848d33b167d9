import { pino, type Logger } from 'pino';

/**
 * Structured logs with personal data redacted: request bodies are never
 * logged, and any field that could carry an address, name or code is censored.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.email',
        '*.phone',
        '*.name',
        '*.code',
        '*.token',
        '*.password',
        'email',
        'phone',
        'password',
      ],
      censor: '[redacted]',
    },
  });
}
